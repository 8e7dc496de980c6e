# Makes the bundled Noto Sans KR faces from the npm package's TTFs (see README.txt):
#   fontforge -lang=py -script remove-overlaps.py NotoSansKR_700Bold.ttf NotoSansKR-Bold.ttf
# Why: JavaFX on Linux fills a glyph's outline with the even-odd rule whenever text is drawn
# as shapes (scaled export, HiDPI, very large text); the static instances of this variable
# font keep overlapping contours, so every overlap became a hole (split strokes in 시, 수, 신).
import sys

import fontforge

source, target = sys.argv[1], sys.argv[2]
font = fontforge.open(source)
font.selection.all()
font.removeOverlap()
font.correctDirection()
font.generate(target, flags=("opentype",))
