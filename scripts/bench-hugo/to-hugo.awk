# Turns Redazione's canonical front matter into what Hugo reads: dates at day precision or finer
# (Hugo has no month or year dates), author names as plain strings (the taxonomy needs strings),
# year and month as terms of an `archivio` taxonomy (Redazione's /archivio pages), and no keys
# Hugo would misread. The body is copied as it is.
BEGIN { block = 0 }
NR == 1 && /^---$/ { block = 1; print; next }
block == 1 && /^---$/ { block = 2; print; next }
block != 1 { print; next }
/^[a-z]+:/ { key = $1; sub(/:$/, "", key) }
/^(date|updated): null$/ || /^(updated|lang):/ { next }
/^date: / {
  d = $2; gsub(/"/, "", d)
  year = substr(d, 1, 4); month = substr(d, 6, 2)
  if (length(d) == 4) d = d "-01-01"
  else if (length(d) == 7) d = d "-01"
  else if (d ~ /T[0-9][0-9]:[0-9][0-9]([-+Z]|$)/) sub(/T[0-9][0-9]:[0-9][0-9]/, "&:00", d)
  print "date: " d
  print (month == "" ? "archivio: [\"" year "\"]" : "archivio: [\"" year "\", \"" year "-" month "\"]")
  next
}
key == "authors" && /^  - name: / { sub(/^  - name: /, "  - "); print; next }
key == "authors" && /^    bio: / { next }
{ print }
