#include "place.h"

namespace dateline {

std::string_view role_name(PlaceRole role) {
  switch (role) {
    case PlaceRole::tag:
      return "tag";
    case PlaceRole::dateline:
      return "dateline";
    case PlaceRole::mention:
      return "mention";
  }
  return "tag";
}

}  // namespace dateline
