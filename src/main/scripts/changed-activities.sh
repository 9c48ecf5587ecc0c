#!/bin/sh
# The activities shared with one province that changed since yesterday (Hanoi time), read through the portal's
# documented API with a personal access token. Prints one JSON page per line ({"items":[...],"next":...}).
# Needs only sh, date and curl.
#
#   PORTAL_URL=https://portal.example.gov.vn TOKEN=hnp_... sh changed-activities.sh <province id>
#
# The province id comes from GET /api/v1/provinces. LIMIT (default 100, at most 200) is the page size.
set -eu
province=$1
since=$(TZ=Asia/Ho_Chi_Minh date -d yesterday +%Y-%m-%d 2>/dev/null || TZ=Asia/Ho_Chi_Minh date -v-1d +%Y-%m-%d)
base="$PORTAL_URL/api/v1/activities?province=$province&updated_since=$since&limit=${LIMIT:-100}"
url=$base
while [ -n "$url" ]; do
	page=$(curl -sS --fail -H "Authorization: Bearer $TOKEN" "$url")
	printf '%s\n' "$page"
	# The cursor is opaque: pass it back as it came.
	next=$(printf '%s' "$page" | sed -n 's/.*"next":"\([^"]*\)".*/\1/p')
	url=${next:+$base&cursor=$next}
done
