#!/usr/bin/env python3
"""Writes tests/fuzz/seeds/<target>/: small slices of corpus/ and tests/fixtures/, and the
regression inputs of issue 12, one file each. Deterministic: run it again after changing it and
commit what changes. Run from anywhere: python3 tests/fuzz/seeds/make_seeds.py"""

import gzip
import hashlib
import pathlib
import re
import shutil

here = pathlib.Path(__file__).resolve().parent
root = here.parents[2]
corpus = root / "corpus"
fixtures = root / "tests" / "fixtures"
sgm = (corpus / "reuters" / "reut2-000.sgm").read_bytes()


def write(target, name, data):
    d = here / target
    d.mkdir(exist_ok=True)
    (d / name).write_bytes(data if isinstance(data, bytes) else data.encode())


def reuters_record(newid):
    m = re.search(rb'<REUTERS [^>]*NEWID="%d">.*?</REUTERS>\n' % newid, sgm, re.S)
    return m.group(0)


for target in ("reader_jsonl", "reader_reuters", "reader_rfc822", "reader_text", "reader_feed",
               "reader_html", "reader_nitf", "reader_newsml", "reader_warc", "sidecar",
               "format_detect", "dates", "dateline", "query_builder", "cgi_request"):
    shutil.rmtree(here / target, ignore_errors=True)

# JSON Lines: the fixture (good and bad records), and issue 12's records.
write("reader_jsonl", "fixture_jsonl_sample.jsonl", (fixtures / "jsonl_sample.jsonl").read_bytes())
write("reader_jsonl", "issue12_number_out_of_range.jsonl",
      '{"id": "big", "title": "Out of range", "body": "x", "score": 1e400}\n'
      '{"id": "next", "title": "After it", "body": "Still read."}\n')
write("reader_jsonl", "issue12_id_uint64_max.jsonl",
      '{"id": 18446744073709551615, "title": "Big id", "body": "Not -1."}\n')
write("reader_jsonl", "issue12_control_bytes.jsonl",
      b'{"id": "ctl", "title": "Cocoa \x02prices\x03", "body": "cocoa \\u0002up\\u0003 \\u0000"}\n')
write("reader_jsonl", "issue12_bad_dates.jsonl",
      '{"id": "d1", "title": "Year one", "body": "b", "date": "0001-01-01"}\n'
      '{"id": "d2", "title": "Year 9999", "body": "b", "date": "9999-12-31T23:59:59Z"}\n'
      '{"id": "d3", "title": "Offset", "body": "b", "date": "2025-12-05T14:03:00+99:99"}\n')
# Found by the fuzzers (fixed in 71c671f): a time without its seconds (date.h read them
# uninitialised).
write("reader_jsonl", "found_time_without_seconds.jsonl",
      '{"title": "t", "body": "b", "date": "2025-12-05T14:03:"}\n')

# Reuters SGML: the fixture (every quirk of the collection), three single records, and
# issue 12's damage.
write("reader_reuters", "fixture_reuters_sample.sgm", (fixtures / "reuters_sample.sgm").read_bytes())
head = sgm[:sgm.index(b"<REUTERS ")]
for newid in (5, 30, 110):
    write("reader_reuters", f"reut2-000_newid_{newid}.sgm", head + reuters_record(newid))
rec = reuters_record(5)
body_at = rec.index(b"<BODY>") + len(b"<BODY>") + 40
write("reader_reuters", "issue12_nul_in_story.sgm", head + rec[:body_at] + b"\0" + rec[body_at:])
write("reader_reuters", "issue12_unterminated_tags.sgm",
      b'<REUTERS TOPICS="NO" NEWID="1">\n' * 100)
write("reader_reuters", "issue12_control_bytes.sgm",
      rec.replace(b"<BODY>", b"<BODY>\x02\x03 ", 1).replace(b"&#3;", b"\x03"))
write("reader_reuters", "issue12_year_9999.sgm",
      re.sub(rb"<DATE>[^<]*</DATE>", b"<DATE>31-DEC-9999 23:59:59.99</DATE>", rec))
write("reader_reuters", "found_time_without_seconds.sgm",
      re.sub(rb"<DATE>[^<]*</DATE>", b"<DATE>26-FEB-1987 15:01:</DATE>", rec))

# Usenet: the three fixtures, two corpus posts, and dates issue 12 names.
for name in ("news_sci_crypt_15385", "news_talk_religion_misc_84244",
             "news_talk_religion_misc_84317"):
    write("reader_rfc822", f"fixture_{name}", (fixtures / name).read_bytes())
for group, post in (("comp.graphics", "37916"), ("misc.forsale", "70337")):
    write("reader_rfc822", f"{group}_{post}", (corpus / "newsgroups" / group / post).read_bytes())
post = (corpus / "newsgroups" / "misc.forsale" / "70337").read_bytes()
write("reader_rfc822", "issue12_offset_99_99",
      re.sub(rb"^Date: .*$", b"Date: Mon, 5 Apr 1993 18:07:12 +9999", post, count=1, flags=re.M))
write("reader_rfc822", "issue12_year_9999",
      re.sub(rb"^Date: .*$", b"Date: Fri, 31 Dec 9999 23:59:59 GMT", post, count=1, flags=re.M))

# Plain text: the scraped article, two BBC stories, and damage.
write("reader_text", "fixture_scraped_miami.txt", (fixtures / "scraped_miami.txt").read_bytes())
for cat, n in (("business", "001"), ("tech", "008")):
    write("reader_text", f"bbc_{cat}_{n}.txt", (corpus / "bbc" / cat / f"{n}.txt").read_bytes())
write("reader_text", "wire_dateline.txt",
      "Cocoa exports rise\n\nNEW YORK, March 3 - Cocoa exports rose, traders said.\n\n"
      "By Jane Doe\nReuters\n")
write("reader_text", "issue12_control_bytes.txt",
      b"Cocoa \x02prices\x03\n\nMIAMI \xe2\x80\x94 cocoa \x02up\x03 again.\0\n")
write("reader_text", "latin1.txt", b"M\xfcnchen bids\n\nLONDON - M\xfcnchen.\n")

# Feeds, NITF and NewsML-G2: the fixtures, and the XML attacks a reader of strangers' files
# meets (entity expansion, an external entity, a truncated file, stray bytes).
for target, folder in (("reader_feed", "feeds"), ("reader_html", "html"), ("reader_nitf", "nitf"),
                       ("reader_newsml", "newsml"), ("reader_warc", "warc")):
    for f in sorted((fixtures / folder).iterdir()):
        write(target, "fixture_" + f.name, f.read_bytes())
write("reader_feed", "nested_entities.rss",
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY a "aaaaaaaa">'
      + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 8}">' for i in range(8))
      + ']>\n<rss><channel><item><title>&i;</title></item></channel></rss>\n')
write("reader_feed", "external_entity.rss",
      '<?xml version="1.0"?>\n<!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
      '<rss><channel><item><title>&x;</title></item></channel></rss>\n')
write("reader_feed", "truncated.atom",
      '<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>Cut</title><content type="xhtml">'
      '<div xmlns="http://www.w3.org/1999/xhtml"><p>Half')
write("reader_feed", "stray_bytes_cr_lines.rss",
      b'<?xml version="1.0"?>\r<rss><channel>\r<item><title>Caf\xe9\0</title></item>\r</channel>')
write("reader_nitf", "basic_dates.xml",
      '<nitf><head><docdata><date.issue norm="20241301T250000+9999"/></docdata></head>'
      '<body><body.head><hedline><hl1>H</hl1></hedline></body.head></body></nitf>\n')


# WARC: a page sent gzip-encoded and chunked (gzip's header without a time, so the bytes are
# the same every run), and a record whose length runs past the end.
def warc_record(block):
    return (b"WARC/1.1\r\nWARC-Type: response\r\nWARC-Target-URI: https://x.example/\r\n"
            b"Content-Type: application/http;msgtype=response\r\nContent-Length: %d\r\n\r\n"
            % len(block)) + block + b"\r\n\r\n"


page = gzip.compress(b"<html><body><p>Gzipped and chunked.</p></body></html>", mtime=0)
write("reader_warc", "gzip_chunked.warc", warc_record(
    b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
    b"Transfer-Encoding: chunked\r\n\r\n%x\r\n" % len(page) + page + b"\r\n0\r\n\r\n"))
write("reader_warc", "length_past_end.warc",
      warc_record(b"HTTP/1.1 200 OK\r\n\r\n<html>")[:-12])

# Sidecars: the README's example and fields of every wrong type.
write("sidecar", "readme_example.json",
      '{"date": "2025-12-05T14:03:00Z", "source": "Axadle Times", "places": ["Miami"]}\n')
write("sidecar", "every_field.json",
      '{"date": "5 December 2025", "title": "T", "dateline": "MIAMI, Dec. 5", "source": "S",\n'
      ' "byline": "By A", "url": "https://example.org/a", "language": "en",\n'
      ' "places": ["Miami", 3], "topics": "cocoa", "id": "ignored"}\n')
write("sidecar", "issue12_number_out_of_range.json", '{"date": "2025-12-05", "rank": 1e400}\n')
write("sidecar", "issue12_offset_99_99.json", '{"date": "2025-12-05T14:03:00+99:99"}\n')
write("sidecar", "not_an_object.json", '["Miami"]\n')

# Format detection takes every reader's seeds too (.ci/sanitize passes their folders); these
# are the files a SOURCE folder holds that are no articles.
for name in ("reuters_README_head.txt", "all-places-strings.lc.txt", "lewis.dtd"):
    write("format_detect", f"fixture_{name}", (fixtures / name).read_bytes())
write("format_detect", "binary_head", bytes(range(256)) * 4)
write("format_detect", "one_nul_in_head.sgm", head + b"\0" + reuters_record(30))

# Dates: every distinct Date: header of the corpus's Usenet posts, Reuters' DATE elements
# (with their damage), the written and ISO forms, filter bounds and spans, and issue 12's.
dates = set()
for p in sorted((corpus / "newsgroups").rglob("*")):
    if p.is_file():
        m = re.search(rb"^Date: (.*)$", p.read_bytes(), re.M)
        if m:
            dates.add(m.group(1))
dates |= {m.group(1) for m in re.finditer(rb"<DATE>([^<]*)</DATE>", sgm[:20000])}
dates |= {b"27-MAR-1987 13:59:06.41&#5;&#5;&#5;F", b"31-MAR-1987 605:12:19.12",
          b"Thu, 15 Apr 1993 12:00:00 EDT(-0400)", b"2025-12-05T14:03:00Z", b"2025-12-05",
          b"March 5, 2024", b"5 March 2024", b"Dec. 5, 2025", b"Friday, March 5th, 2024",
          b"1987", b"1987-03", b"19870309", b"36h", b"7d", b"2w", b"3m", b"1y",
          b"0000-01-02", b"9999-12-30", b"2025-12-05T14:03:00+99:99", b"999999y",
          b"9223372036854775807y", b"0001-01-01T00:00:00Z",
          # found by the fuzzers (fixed in 71c671f): undefined behaviour inside date.h
          b"2025-12-05T14:03:00-", b"2025-12-05T14:03:"}
for d in sorted(dates):
    write("dates", hashlib.sha1(d).hexdigest()[:12], d)

# Datelines: "dateline\nfile time\nneighbour's date\nbody" (fuzz_dateline.cc). Real Reuters
# datelines with a file time in 1987, the scraped article's, and extreme file times.
march_4_1987 = "541900800"
seen = []
for m in re.finditer(rb"<DATELINE>\s*(.*?)\s*-?\s*</DATELINE>", sgm):
    if m.group(1) not in seen:
        seen.append(m.group(1))
for dl in seen[:12]:
    write("dateline", hashlib.sha1(dl).hexdigest()[:12],
          dl + f"\n{march_4_1987}\n\nCocoa prices rose.".encode())
write("dateline", "scraped_published_line",
      "MIAMI\n\n\nPublished: 5 December 2025\n\nU.S. and Ukrainian officials met.")
write("dateline", "written_date_line", "KYIV, Ukraine\n1764892800\n\nFriday, March 5th, 2024\n\nText.")
write("dateline", "issue12_extreme_file_times",
      "NEW YORK, March 3\n9223372036854775807\n-9223372036854775808\nText.")
write("dateline", "leap_day_far_from_leap_year", "WASHINGTON, Feb 29\n-62135596800\n\nText.")

# Queries: "query\nfrom\nto\nrecent\nlanguage\nlike\nany word\nplaces..." (fuzz_query_builder.cc),
# from the query builder's tests and issue 12.
queries = {
    "words": "cocoa prices",
    "phrase": '"rolling power outages"',
    "operators": "Oil OR Gas NOT coffee +sugar",
    "fields": "title:opec place:brazil country:usa source:reuter topic:cocoa lang:en id:x",
    "wildcard": "econom* AND prices",
    "date_range": "cocoa date:1987-02..1987-03-01",
    "shouted": "COCOA PRICES AND SUGAR",
    "relaxed": "cocoa sugar coffee\n\n\n\n\n\n1",
    "filters": "\n1987-02\n1987-03-02\n\n\n\n\nbrazil\nusa\nKyiv",
    "recent": "cocoa\n\n\n7d",
    "french": "cacao prix\n\n\n\nfr",
    "issue12_two_wide_date_ranges": "date:1..9999 date:1..9999",
    "issue12_wide_from_to": "cocoa\n0000-01-02\n9999-12-30",
    "issue12_pure_negation": "-cocoa",
    "issue12_recency_overflow": "cocoa\n\n\n999999y",
    # Xapian 1.4.22 leaks here (tests/fuzz/lsan.supp): kept so each run passes through it.
    "xapian_leak_exclusion_near_phrase": "-cocoa NEAR sugar-cane",
}
for name, q in queries.items():
    write("query_builder", name, q)

# CGI query strings: the page's own links and issue 12's requests.
requests = {
    "simple": "q=cocoa",
    "full": "q=cocoa+prices&place=brazil&place=usa&from=1987-02&to=1987-03-02&sort=date&page=2&n=20",
    "json": "q=%22rolling+power%22&format=json",
    "semicolons": "q=cocoa;place=Kyiv;n=50",
    "malformed_escape": "q=%ZZ%2&place=%",
    "utf8": "q=S%C3%A3o+Paulo&place=K%C3%B6ln",
    "issue12_wide_from_to": "from=0000-01-02&to=9999-12-30",
    "issue12_two_wide_date_ranges": "q=date:1..9999+date:1..9999",
    "issue12_pure_negation": "q=-cocoa",
    "issue12_control_bytes": "q=%02cocoa%03&place=%00",
    "page_overflow": "page=18446744073709551615&n=0",
}
for name, qs in requests.items():
    write("cgi_request", name, qs)
