// An NITF story's text, for the NITF reader and for NewsML-G2, whose inlineXML often carries a
// whole <nitf> document (contenttype="application/nitf+xml") instead of XHTML.
#pragma once

#include <libxml/tree.h>

#include <string>

namespace dateline::detail {

// The paragraphs and subheads of the <nitf> element's body.content, a blank line between them;
// media (captions, credits) is not story and is left out.
std::string nitf_body_text(const xmlNode* nitf);

}  // namespace dateline::detail
