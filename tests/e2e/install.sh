#!/usr/bin/env bash
# `meson install` into a scratch root, as a user or a packager runs it: it installs exactly the
# files README.md lists ("Installing"), the programs run from there, and each manual page
# renders with man(1) without a warning. The build directory and its install folders come from
# meson (tests/e2e/meson.build).
here=$(cd "$(dirname "$0")" && pwd)
. "$here/lib.sh"
readme=$here/../../README.md

# under DIR: an install folder as meson gives it (relative to the prefix, or absolute).
under() { case $1 in /*) echo "$1" ;; *) echo "$DATELINE_PREFIX/$1" ;; esac; }
bin=$(under "$DATELINE_BINDIR") libexec=$(under "$DATELINE_LIBEXECDIR")
man=$(under "$DATELINE_MANDIR") data=$(under "$DATELINE_DATADIR")
expected="$bin/dateline-index
$bin/dateline-search
$libexec/dateline/dateline.cgi
$man/man1/dateline-index.1
$man/man1/dateline-search.1
$man/man8/dateline.cgi.8
$data/bash-completion/completions/dateline-index
$data/bash-completion/completions/dateline-search
$data/zsh/site-functions/_dateline"

# The README says where each file goes with the default prefix, /usr/local.
for file in $expected; do
  default=/usr/local/${file#"$DATELINE_PREFIX"/}
  if grep -qF -- "$default" "$readme"; then pass; else fail "README.md does not name $default"; fi
done

# The build is current: `meson test` built it first (and --no-rebuild keeps this test from
# running ninja inside ninja's build).
root=$work/root
if meson install -C "$DATELINE_BUILD" --destdir "$root" --no-rebuild >"$work/install.log" 2>&1; then
  pass
else
  fail "meson install: $(tail -5 "$work/install.log")"
fi
expect_eq "meson install installs exactly the files README.md lists" \
  "$(sort <<<"$expected")" "$(cd "$root" && find . ! -type d | sed 's/^\.//' | sort)"

for program in "$bin/dateline-index" "$bin/dateline-search" "$libexec/dateline/dateline.cgi"; do
  name=${program##*/}
  expect_match "$name runs where it is installed" "^$name " "$("$root$program" --version 2>&1)"
done

# Each page renders at 80 columns with no warning from man or groff (--warnings: groff's
# checks of the man macros), and its NAME section names its program.
for page in "$man/man1/dateline-index.1" "$man/man1/dateline-search.1" "$man/man8/dateline.cgi.8"; do
  name=${page##*/} name=${name%.[18]}
  [ -f "$root$page" ] || continue  # already a failure above
  expect_eq "man -l $name: warnings" "" "$(MANWIDTH=80 man --warnings -l "$root$page" 2>&1 >/dev/null)"
  rendered=$(MANWIDTH=80 man -l "$root$page" 2>/dev/null)
  expect_match "man -l $name: a NAME section naming it" $'(^|\n)NAME\n +'"${name//./\\.}"' - [a-z]' "$rendered"
done

# bash-completion loads a command's completion by its name: each file registers its command.
for command in dateline-index dateline-search; do
  expect_match "the installed completion registers $command" "-F _dateline .*$command" \
    "$(bash --norc --noprofile -c 'source "$1" && complete -p "$2"' _ \
      "$root$data/bash-completion/completions/$command" "$command" 2>&1)"
done

finish
