#include "places/place_names.h"

#include <array>

namespace dateline::place_names {

namespace {

constexpr CountryName extra[] = {
    {"usa", "US"},
    {"u.s.", "US"},
    {"u.s.a.", "US"},
    {"united states", "US"},
    {"united states of america", "US"},
    {"uk", "GB"},
    {"u.k.", "GB"},
    {"britain", "GB"},
    {"great britain", "GB"},
    {"england", "GB"},
    {"scotland", "GB"},
    {"wales", "GB"},
    {"northern ireland", "GB"},
    {"west germany", "DE"},
    {"federal republic of germany", "DE"},
    {"holland", "NL"},
    {"the netherlands", "NL"},
    {"burma", "MM"},
    {"zaire", "CD"},
    {"ivory coast", "CI"},
    {"cote d'ivoire", "CI"},
    {"south korea", "KR"},
    {"north korea", "KP"},
    {"uae", "AE"},
    {"kampuchea", "KH"},
    {"cambodia", "KH"},
    {"upper volta", "BF"},
    {"swaziland", "SZ"},
    {"eswatini", "SZ"},
    {"macao", "MO"},
    {"macau", "MO"},
    {"trinidad", "TT"},
    {"trinidad-tobago", "TT"},
    {"tobago", "TT"},
    {"western samoa", "WS"},
    {"yemen arab republic", "YE"},
    {"yemen demo republic", "YE"},
    {"netherlands antilles", "CW"},
    {"vatican", "VA"},
    {"vatican city", "VA"},
    {"antigua", "AG"},
    {"russia", "RU"},
    {"iran", "IR"},
    {"syria", "SY"},
    {"laos", "LA"},
    {"vietnam", "VN"},
    {"moldova", "MD"},
    {"tanzania", "TZ"},
    {"bolivia", "BO"},
    {"venezuela", "VE"},
    {"brunei", "BN"},
    {"congo", "CG"},
    {"the gambia", "GM"},
    {"us virgin islands", "VI"},
    {"u.s. virgin islands", "VI"},
    {"czech republic", "CZ"},
    {"czechia", "CZ"},
    {"turkiye", "TR"},
    {"palestine", "PS"},
    {"serbia and montenegro", "RS"},
};

constexpr CountryName adjectives[] = {
    {"Afghan", "AF"},         {"Albanian", "AL"},     {"Algerian", "DZ"},
    {"American", "US"},       {"Angolan", "AO"},      {"Argentine", "AR"},
    {"Argentinian", "AR"},    {"Armenian", "AM"},     {"Australian", "AU"},
    {"Austrian", "AT"},       {"Azerbaijani", "AZ"},  {"Bahraini", "BH"},
    {"Bangladeshi", "BD"},    {"Belarusian", "BY"},   {"Belgian", "BE"},
    {"Bolivian", "BO"},       {"Bosnian", "BA"},      {"Brazilian", "BR"},
    {"British", "GB"},        {"Bulgarian", "BG"},    {"Burmese", "MM"},
    {"Cambodian", "KH"},      {"Cameroonian", "CM"},  {"Canadian", "CA"},
    {"Chilean", "CL"},        {"Chinese", "CN"},      {"Colombian", "CO"},
    {"Congolese", "CD"},      {"Croatian", "HR"},     {"Cuban", "CU"},
    {"Cypriot", "CY"},        {"Czech", "CZ"},        {"Danish", "DK"},
    {"Dutch", "NL"},          {"Ecuadorean", "EC"},   {"Ecuadorian", "EC"},
    {"Egyptian", "EG"},       {"Emirati", "AE"},      {"Eritrean", "ER"},
    {"Estonian", "EE"},       {"Ethiopian", "ET"},    {"Filipino", "PH"},
    {"Finnish", "FI"},        {"French", "FR"},       {"Gabonese", "GA"},
    {"German", "DE"},         {"West German", "DE"},  {"East German", "DD"},
    {"Ghanaian", "GH"},       {"Greek", "GR"},        {"Guatemalan", "GT"},
    {"Guinean", "GN"},        {"Haitian", "HT"},      {"Honduran", "HN"},
    {"Hungarian", "HU"},      {"Icelandic", "IS"},    {"Indian", "IN"},
    {"Indonesian", "ID"},     {"Iranian", "IR"},      {"Iraqi", "IQ"},
    {"Irish", "IE"},          {"Israeli", "IL"},      {"Italian", "IT"},
    {"Ivorian", "CI"},        {"Jamaican", "JM"},     {"Japanese", "JP"},
    {"Jordanian", "JO"},      {"Kazakh", "KZ"},       {"Kenyan", "KE"},
    {"South Korean", "KR"},   {"North Korean", "KP"}, {"Kuwaiti", "KW"},
    {"Kyrgyz", "KG"},         {"Latvian", "LV"},      {"Lebanese", "LB"},
    {"Liberian", "LR"},       {"Libyan", "LY"},       {"Lithuanian", "LT"},
    {"Malagasy", "MG"},       {"Malawian", "MW"},     {"Malaysian", "MY"},
    {"Malian", "ML"},         {"Maltese", "MT"},      {"Mauritanian", "MR"},
    {"Mexican", "MX"},        {"Moldovan", "MD"},     {"Mongolian", "MN"},
    {"Moroccan", "MA"},       {"Mozambican", "MZ"},   {"Namibian", "NA"},
    {"Nepalese", "NP"},       {"Nicaraguan", "NI"},   {"Nigerian", "NG"},
    {"Norwegian", "NO"},      {"Omani", "OM"},        {"Pakistani", "PK"},
    {"Palestinian", "PS"},    {"Panamanian", "PA"},   {"Paraguayan", "PY"},
    {"Peruvian", "PE"},       {"Philippine", "PH"},   {"Polish", "PL"},
    {"Portuguese", "PT"},     {"Qatari", "QA"},       {"Romanian", "RO"},
    {"Russian", "RU"},        {"Soviet", "SU"},       {"Rwandan", "RW"},
    {"Saudi", "SA"},          {"Scottish", "GB"},     {"Senegalese", "SN"},
    {"Serbian", "RS"},        {"Singaporean", "SG"},  {"Slovak", "SK"},
    {"Slovenian", "SI"},      {"Somali", "SO"},       {"South African", "ZA"},
    {"Spanish", "ES"},        {"Sri Lankan", "LK"},   {"Sudanese", "SD"},
    {"Swedish", "SE"},        {"Swiss", "CH"},        {"Syrian", "SY"},
    {"Taiwanese", "TW"},      {"Tanzanian", "TZ"},    {"Thai", "TH"},
    {"Tunisian", "TN"},       {"Turkish", "TR"},      {"Ugandan", "UG"},
    {"Ukrainian", "UA"},      {"Uruguayan", "UY"},    {"Uzbek", "UZ"},
    {"Venezuelan", "VE"},     {"Vietnamese", "VN"},   {"Yemeni", "YE"},
    {"Yugoslav", "YU"},       {"Czechoslovak", "CS"}, {"Briton", "GB"},
    {"Welsh", "GB"},          {"Scots", "GB"},        {"English", "GB"},
    {"Northern Irish", "GB"}, {"Zairean", "CD"},      {"Zambian", "ZM"},
    {"Zimbabwean", "ZW"},
};

constexpr CountryName capitals[] = {
    {"US", "US"},  {"USA", "US"},  {"UK", "GB"},  {"GB", "GB"},
    {"UAE", "AE"}, {"USSR", "SU"}, {"DRC", "CD"}, {"PRC", "CN"},
};

// Unix times: 1991-12-26, 1992-04-27, 1993-01-01, 1990-10-03.
constexpr FormerCountry former[] = {
    {"SU", "Soviet Union", "USSR|U.S.S.R.|ussr|Soviet Union|Union of Soviet Socialist Republics",
     "RU UA BY KZ UZ TM KG TJ GE AM AZ MD LT LV EE", 693705600},
    {"YU", "Yugoslavia", "Yugoslavia|SFR Yugoslavia", "RS HR SI BA MK ME XK", 704332800},
    {"CS", "Czechoslovakia", "Czechoslovakia", "CZ SK", 725846400},
    {"DD", "East Germany", "East Germany|German Democratic Republic|GDR|east-germany", "",
     654912000},
};

constexpr Rename modern[] = {
    {703448, "", "Kyiv"},
    {698740, "", "Odesa"},
    {0, "UA.12", "Kyiv City"},
    {0, "UA.13", "Kyiv Oblast"},
    {0, "UA.17", "Odesa Oblast"},
    {0, "UA.20", "Sevastopol"},
    {0, "UA.04", "Dnipropetrovsk Oblast"},
};

constexpr RegionAbbreviation abbreviations[] = {
    {"Ala.", "US.AL"},  {"Ariz.", "US.AZ"}, {"Ark.", "US.AR"},  {"Calif.", "US.CA"},
    {"Cal.", "US.CA"},  {"Colo.", "US.CO"}, {"Conn.", "US.CT"}, {"Del.", "US.DE"},
    {"Fla.", "US.FL"},  {"Ga.", "US.GA"},   {"Ill.", "US.IL"},  {"Ind.", "US.IN"},
    {"Kan.", "US.KS"},  {"Kans.", "US.KS"}, {"Ky.", "US.KY"},   {"La.", "US.LA"},
    {"Md.", "US.MD"},   {"Mass.", "US.MA"}, {"Mich.", "US.MI"}, {"Minn.", "US.MN"},
    {"Miss.", "US.MS"}, {"Mo.", "US.MO"},   {"Mont.", "US.MT"}, {"Neb.", "US.NE"},
    {"Nev.", "US.NV"},  {"N.H.", "US.NH"},  {"N.J.", "US.NJ"},  {"N.M.", "US.NM"},
    {"N.Y.", "US.NY"},  {"N.C.", "US.NC"},  {"N.D.", "US.ND"},  {"Okla.", "US.OK"},
    {"Ore.", "US.OR"},  {"Pa.", "US.PA"},   {"R.I.", "US.RI"},  {"S.C.", "US.SC"},
    {"S.D.", "US.SD"},  {"Tenn.", "US.TN"}, {"Tex.", "US.TX"},  {"Vt.", "US.VT"},
    {"Va.", "US.VA"},   {"Wash.", "US.WA"}, {"W.Va.", "US.WV"}, {"Wis.", "US.WI"},
    {"Wyo.", "US.WY"},  {"D.C.", "US.DC"},  {"Ont.", "CA.08"},  {"Que.", "CA.10"},
    {"B.C.", "CA.02"},  {"Alta.", "CA.01"}, {"Man.", "CA.03"},  {"N.S.", "CA.07"},
    {"Sask.", "CA.11"}, {"N.B.", "CA.04"},
};

}  // namespace

std::span<const RegionAbbreviation> region_abbreviations() { return abbreviations; }

std::span<const CountryName> extra_country_names() { return extra; }
std::span<const CountryName> demonyms() { return adjectives; }
std::span<const CountryName> capital_abbreviations() { return capitals; }
std::span<const FormerCountry> former_countries() { return former; }
std::span<const Rename> renames() { return modern; }

}  // namespace dateline::place_names
