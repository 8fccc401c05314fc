#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the printer3d domain (Layerforge 3D printers)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "support-answers.txt", "tech-notes.md", "help-centre.html", "faq-records.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The support answers say the Forge S1 prints PLA, PETG, TPU and ABS, while the tech notes limit S1 filaments to PLA, PETG and TPU.",
  "filaments supported on the Forge S1", side(T, "The Forge S1 prints PLA, PETG, TPU and ABS straight out of the box"), side(M, "Supported filaments on the S1 are PLA, PETG and TPU only")),
 ("list", "The help centre ships printers to the US, Canada, Mexico and the UK, while the knowledge base ships to the United States and Canada only.",
  "countries printers are shipped to", side(H, "We ship printers to the US, Canada, Mexico and the UK"), side(J, "Printers ship to the United States and Canada only")),
 ("list", "The tech notes put a 250 g sample spool of PLA in the S1 Pro box, while the help centre lists nozzle, hex keys and scraper and says filament is sold separately.",
  "contents of the S1 Pro box", side(M, "a spare nozzle, a hex key set, a 250 g spool of sample PLA"), side(H, "you'll find a spare nozzle, a set of hex keys and a scraper")),
 # polarity
 ("polarity", "The support answers say the M2 levels its bed automatically, while the knowledge base says it has no automatic bed levelling.",
  "automatic bed levelling on the Forge M2", side(T, "Yes, the M2 levels its bed automatically"), side(J, "The M2 has no automatic bed levelling")),
 ("polarity", "The help centre says installing Klipper won't affect the warranty, while the tech notes say third-party firmware such as Klipper voids it.",
  "warranty after installing third-party firmware", side(H, "Installing community firmware like Klipper won't affect your warranty"), side(M, "Flashing third-party firmware such as Klipper voids the warranty")),
 ("polarity", "The tech notes say the S1 Max has no power-loss recovery, while the knowledge base says it resumes from the last saved layer.",
  "power-loss recovery on the S1 Max", side(M, "Power-loss recovery isn't available on the S1 Max"), side(J, "the S1 Max picks up from the last saved layer")),
 # numeric
 ("numeric", "The support answers say the S1 hotend heats up to 260°C, while the help centre gives a 240 °C maximum nozzle temperature.",
  "maximum nozzle temperature of the Forge S1", side(T, "The S1's hotend heats up to 260°C"), side(H, "Maximum nozzle temperature on the Forge S1 is 240 °C")),
 ("numeric", "The support answers give a one-year printer warranty, while the knowledge base gives 18 months.",
  "printer warranty length", side(T, "Our printers are covered by a one-year limited warranty"), side(J, "Every Layerforge printer carries an 18-month warranty")),
 ("numeric", "The tech notes say the S1 tops out at 300 mm/s, while the knowledge base gives a 500 mm/s maximum.",
  "maximum print speed of the Forge S1", side(M, "The S1 tops out at 300 mm/s"), side(J, "Maximum print speed on the Forge S1 is 500 mm/s")),
 ("numeric", "The help centre ships US orders free over $49, while the tech notes say free US shipping starts at $75.",
  "free US shipping threshold", side(H, "Orders over $49 ship free within the US"), side(M, "Free US shipping kicks in at $75")),
 # arithmetic
 ("arithmetic", "5 x $7 is $35, so a $30 5-pack saves $5, not $10.",
  "saving on a 5-pack of hardened nozzles", side(H, "Hardened steel nozzles cost $7 each, or $30 for a 5-pack"), side(H, "which saves you $10 compared with buying them one at a time")),
 ("arithmetic", "110 m of a 330 m spool is a third, not roughly half.",
  "share of a spool used by a 110 m print", side(M, "A 1 kg spool of PLA holds about 330 m of filament"), side(M, "a print that uses 110 m takes roughly half the spool")),
 ("arithmetic", "$449 is $100 more than $349, about 29% more, not about 40%.",
  "price difference between the S1 and the S1 Pro", side(T, "The S1 is $349 and the S1 Pro is $449"), side(T, "stepping up to the Pro costs about 40% more")),
 # stale
 ("stale", "A 2023 record gives firmware version 2.4 as the latest for the S1, while a 2025 answer gives version 3.1.",
  "current S1 firmware version", side(J, "(2023) The latest S1 firmware is version 2.4"), side(H, "As of 2025, the current firmware for S1-series printers is version 3.1")),
 ("stale", "A 2022 note prices a replacement S1 hotend assembly at $45, while a 2024 answer gives $32 for the complete hotend kit.",
  "price of a replacement S1 hotend", side(M, "(2022) A replacement hotend assembly for the S1 costs $45"), side(T, "Since 2024, the complete hotend kit for S1-series printers is $32")),
 ("stale", "A 2023 record prices the Forge M2 at $229, while a 2025 answer gives $199.",
  "price of the Forge M2", side(J, "(2023) The Forge M2 sells for $229"), side(H, "As of 2025, the M2 is $199")),
]

traps = [
 ("Similarly named products: the Forge S1 builds 220 x 220 x 250 mm, the S1 Max 300 x 300 x 350 mm.",
  side(T, "The Forge S1 has a build volume of 220 x 220 x 250 mm"), side(H, "The S1 Max prints up to 300 × 300 × 350 mm")),
 ("Different condition (filament): 60 °C bed for PLA, 80 °C for PETG.",
  side(M, "Heat the bed to 60 °C for PLA"), side(J, "PETG sticks best on an 80 °C bed")),
 ("Different region: 3 to 5 business days for US orders, 7 to 10 for Canada.",
  side(H, "US orders usually arrive in 3 to 5 business days"), side(T, "Orders to Canada usually take 7 to 10 business days")),
 ("Different size: the 235 mm S1 sheet is $29, the larger 310 mm S1 Max sheet $45.",
  side(J, "The 235 mm PEI sheet for the S1 is $29"), side(M, "The larger 310 mm PEI sheet for the S1 Max is $45")),
 ("Same value in other units: 110 °C is 230 °F.",
  side(M, "The S1 Max heated bed reaches 110 °C"), side(H, "The bed on the Forge S1 Max can get to 230 °F")),
 ("Correct computation: $22 / 1,000 g = 2.2 cents per gram.",
  side(J, "Our PLA is $22 for a 1 kg spool"), side(J, "which works out to 2.2 cents per gram")),
 ("Correct percentage: 15% off $200 is $170.",
  side(T, "Students and teachers get 15% off"), side(T, "a $200 order comes to $170")),
 ("The typical 4-minute update lies inside the 3 to 5 minute range.",
  side(T, "Firmware updates take 3 to 5 minutes"), side(H, "a firmware update finishes in about 4 minutes")),
 ("9 minutes is a hedged Sport-mode example ('For example ... might'), not the usual 18 minutes at default settings.",
  side(J, "on an S1 in Sport mode a calibration cube might finish in just 9 minutes"), side(M, "the 20 mm calibration cube usually takes around 18 minutes on an S1")),
 ("The $69 DryBox price is explicitly the pre-2024 price; $59 is current.",
  side(M, "The DryBox filament dryer used to be $69 before the 2024 price drop"), side(H, "Our DryBox dryer is $59 and holds two spools")),
 ("'Up to 600 mm/s' is the S1 Pro's maximum; most prints run at around 250 mm/s.",
  side(J, "The S1 Pro can print at up to 600 mm/s"), side(T, "most S1 Pro prints run at around 250 mm/s")),
 ("The S1 Pro material list is open ('including'), so polycarbonate is consistent.",
  side(H, "The S1 Pro handles materials including PLA, PETG, ABS, ASA and nylon"), side(J, "Polycarbonate also prints well on the S1 Pro")),
 ("The same 30-day return rule stated in both directions.",
  side(T, "You can return an unopened printer within 30 days of delivery"), side(J, "Returns aren't accepted more than 30 days after delivery")),
 ("Different condition (part type): consumables carry a 90-day warranty, the printer itself a year.",
  side(M, "Nozzles, PEI sheets and PTFE tubes are consumables and carry a 90-day warranty"), side(T, "a one-year limited warranty against defects in parts and workmanship")),
]

DOMAIN = ("Layerforge, a fictional US maker of desktop 3D printers (Forge S1, S1 Pro, S1 Max and M2): build volumes, "
          "nozzle and bed temperatures, supported filaments, print speeds, bed levelling, firmware versions, "
          "warranty, spare-part and printer prices, shipping, delivery times and returns.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# support answers (11 answers)
aq = "Yes, the M2 levels its bed automatically"
cl(T, aq, "Yes, the M2 levels its bed automatically, probing 25 points across the plate before every print", "25 points", 25, 25, "points", "=", "Forge M2 bed probe", "points probed", "count")
aq = "The S1's hotend heats up to 260°C"
sq = "The S1's hotend heats up to 260°C and reaches printing temperature in about two minutes"
cl(T, aq, sq, "up to 260°C", None, 260, "°C", "<=", "Forge S1 hotend", "maximum nozzle temperature", "limit")
cl(T, aq, sq, "about two minutes", 2, 2, "minute", "~", "Forge S1 hotend", "heat-up time", "duration")
aq = "Our printers are covered by a one-year limited warranty"
cl(T, aq, "Our printers are covered by a one-year limited warranty against defects in parts and workmanship", "one-year", 1, 1, "year", "=", "Layerforge printers", "warranty length", "duration")
aq = "The S1 is $349 and the S1 Pro is $449"
sq = "The S1 is $349 and the S1 Pro is $449, so stepping up to the Pro costs about 40% more"
cl(T, aq, sq, "$349", 349, 349, "USD", "=", "Forge S1", "price", "price")
cl(T, aq, sq, "$449", 449, 449, "USD", "=", "Forge S1 Pro", "price", "price")
cl(T, aq, sq, "about 40% more", 40, 40, "%", "~", "Forge S1 Pro compared with the S1", "price difference", "percentage")
aq = "Since 2024, the complete hotend kit"
cl(T, aq, "Since 2024, the complete hotend kit for S1-series printers is $32, including the heater cartridge and thermistor", "$32", 32, 32, "USD", "=", "S1-series hotend kit", "price", "price")
aq = "The Forge S1 has a build volume of 220 x 220 x 250 mm"
sq = "The Forge S1 has a build volume of 220 x 220 x 250 mm, enough for most helmets and cosplay parts if you print them in sections"
for v, dim in ((220, "width"), (220, "depth"), (250, "height")):
    cl(T, aq, sq, "220 x 220 x 250 mm", v, v, "mm", "=", "Forge S1", f"build {dim}", "other")
aq = "Orders to Canada usually take 7 to 10 business days"
cl(T, aq, "Orders to Canada usually take 7 to 10 business days, and duties are included in the price you see at checkout", "7 to 10 business days", 7, 10, "business day", "=", "orders to Canada", "delivery time", "duration")
aq = "Students and teachers get 15% off"
sq = "Students and teachers get 15% off, so a $200 order comes to $170 when you check out with a valid school email"
cl(T, aq, sq, "15% off", 15, 15, "%", "=", "student and teacher discount", "discount", "percentage")
cl(T, aq, sq, "$200", 200, 200, "USD", "=", "example order", "price before discount", "price")
cl(T, aq, sq, "$170", 170, 170, "USD", "=", "example order", "price after discount", "price")
aq = "Firmware updates take 3 to 5 minutes."
cl(T, aq, "Firmware updates take 3 to 5 minutes", "3 to 5 minutes", 3, 5, "minute", "=", "firmware update", "duration", "duration")
aq = "In practice, most S1 Pro prints run at around 250 mm/s"
cl(T, aq, "In practice, most S1 Pro prints run at around 250 mm/s, because the slicer slows down for small layers and overhangs", "around 250 mm/s", 250, 250, "mm/s", "~", "Forge S1 Pro", "typical print speed", "other")
aq = "You can return an unopened printer within 30 days"
cl(T, aq, "You can return an unopened printer within 30 days of delivery for a full refund, and we'll email you a prepaid label", "within 30 days", None, 30, "day", "<=", "unopened printer return", "return window", "duration")

# tech notes (10 answers)
aq = "Each S1 Pro ships with a spare nozzle"
cl(M, aq, "Each S1 Pro ships with a spare nozzle, a hex key set, a 250 g spool of sample PLA and a plate scraper", "250 g", 250, 250, "g", "=", "sample PLA spool in the S1 Pro box", "weight", "other")
aq = "The S1 tops out at 300 mm/s."
cl(M, aq, "The S1 tops out at 300 mm/s", "300 mm/s", None, 300, "mm/s", "<=", "Forge S1", "maximum print speed", "limit")
aq = "Free US shipping kicks in at $75."
cl(M, aq, "Free US shipping kicks in at $75", "$75", 75, None, "USD", ">=", "US orders", "order value for free shipping", "limit")
cl(M, aq, "Below that it's a flat $9.95 by ground", "$9.95", 9.95, 9.95, "USD", "=", "US ground shipping below the threshold", "shipping fee", "price")
aq = "A 1 kg spool of PLA holds about 330 m"
sq = "A 1 kg spool of PLA holds about 330 m of filament, so a print that uses 110 m takes roughly half the spool"
cl(M, aq, sq, "1 kg", 1, 1, "kg", "=", "PLA spool", "filament weight", "other")
cl(M, aq, sq, "about 330 m", 330, 330, "m", "~", "1 kg PLA spool", "filament length", "other")
cl(M, aq, sq, "110 m", 110, 110, "m", "=", "example print", "filament used", "other")
aq = "(2022) A replacement hotend assembly for the S1 costs $45"
cl(M, aq, "(2022) A replacement hotend assembly for the S1 costs $45, shipped separately from nozzles", "$45", 45, 45, "USD", "=", "S1 replacement hotend assembly", "price", "price")
aq = "Heat the bed to 60 °C for PLA."
cl(M, aq, "Heat the bed to 60 °C for PLA", "60 °C", 60, 60, "°C", "=", "bed for PLA", "bed temperature", "other")
aq = "The larger 310 mm PEI sheet for the S1 Max is $45"
cl(M, aq, "The larger 310 mm PEI sheet for the S1 Max is $45, and it comes with a fresh magnetic base", "$45", 45, 45, "USD", "=", "310 mm PEI sheet for the S1 Max", "price", "price")
aq = "The S1 Max heated bed reaches 110 °C"
cl(M, aq, "The S1 Max heated bed reaches 110 °C, which is enough for ABS and ASA", "110 °C", None, 110, "°C", "<=", "Forge S1 Max heated bed", "maximum bed temperature", "limit")
aq = "At default settings, the 20 mm calibration cube"
cl(M, aq, "At default settings, the 20 mm calibration cube usually takes around 18 minutes on an S1", "around 18 minutes", 18, 18, "minute", "~", "calibration cube on an S1 at default settings", "print time", "duration")
aq = "The DryBox filament dryer used to be $69"
cl(M, aq, "The DryBox filament dryer used to be $69 before the 2024 price drop", "$69", 69, 69, "USD", "=", "DryBox filament dryer before 2024", "price", "price")
aq = "Nozzles, PEI sheets and PTFE tubes are consumables"
cl(M, aq, "Nozzles, PEI sheets and PTFE tubes are consumables and carry a 90-day warranty from delivery", "90-day", 90, 90, "day", "=", "consumable parts", "warranty length", "duration")

# help centre (9 answers)
aq = "Maximum nozzle temperature on the Forge S1 is 240 °C."
cl(H, aq, "Maximum nozzle temperature on the Forge S1 is 240 °C", "240 °C", None, 240, "°C", "<=", "Forge S1 nozzle", "maximum nozzle temperature", "limit")
aq = "Orders over $49 ship free within the US."
cl(H, aq, "Orders over $49 ship free within the US", "over $49", 49, None, "USD", ">", "US orders", "order value for free shipping", "limit")
aq = "Hardened steel nozzles cost $7 each"
sq = "Hardened steel nozzles cost $7 each, or $30 for a 5-pack, which saves you $10 compared with buying them one at a time"
cl(H, aq, sq, "$7 each", 7, 7, "USD", "=", "hardened steel nozzle", "price each", "price")
cl(H, aq, sq, "$30", 30, 30, "USD", "=", "5-pack of hardened steel nozzles", "price", "price")
cl(H, aq, sq, "5-pack", 5, 5, "nozzles", "=", "hardened steel nozzle pack", "nozzles per pack", "count")
cl(H, aq, sq, "$10", 10, 10, "USD", "=", "5-pack of hardened steel nozzles", "saving against single nozzles", "price")
aq = "As of 2025, the M2 is $199"
cl(H, aq, "As of 2025, the M2 is $199, which makes it our most affordable printer", "$199", 199, 199, "USD", "=", "Forge M2", "price", "price")
aq = "The S1 Max prints up to 300 × 300 × 350 mm"
sq = "The S1 Max prints up to 300 × 300 × 350 mm, so you can do a full-size helmet in one piece"
for v, dim in ((300, "width"), (300, "depth"), (350, "height")):
    cl(H, aq, sq, "up to 300 × 300 × 350 mm", None, v, "mm", "<=", "Forge S1 Max", f"build {dim}", "limit")
aq = "US orders usually arrive in 3 to 5 business days"
cl(H, aq, "US orders usually arrive in 3 to 5 business days from our Ohio warehouse", "3 to 5 business days", 3, 5, "business day", "=", "US orders", "delivery time", "duration")
aq = "Yes. The bed on the Forge S1 Max can get to 230 °F"
cl(H, aq, "The bed on the Forge S1 Max can get to 230 °F, and the optional enclosure keeps drafts off the part", "230 °F", None, 230, "°F", "<=", "Forge S1 Max heated bed", "maximum bed temperature", "limit")
aq = "Probably not. On a typical connection"
cl(H, aq, "On a typical connection a firmware update finishes in about 4 minutes, and the screen may go dark for part of it", "about 4 minutes", 4, 4, "minute", "~", "firmware update", "duration", "duration")
aq = "Our DryBox dryer is $59"
sq = "Our DryBox dryer is $59 and holds two spools at up to 70 °C"
cl(H, aq, sq, "$59", 59, 59, "USD", "=", "DryBox filament dryer", "price", "price")
cl(H, aq, sq, "two spools", 2, 2, "spools", "=", "DryBox filament dryer", "capacity", "count")
cl(H, aq, sq, "up to 70 °C", None, 70, "°C", "<=", "DryBox filament dryer", "maximum drying temperature", "limit")

# knowledge base records (9 answers)
aq = "Yes. The M2 has no automatic bed levelling"
cl(J, aq, "The M2 has no automatic bed levelling, so use the four knobs under the plate and a sheet of paper", "four knobs", 4, 4, "knobs", "=", "Forge M2 bed", "levelling knobs", "count")
aq = "Every Layerforge printer carries an 18-month warranty"
cl(J, aq, "Every Layerforge printer carries an 18-month warranty from the date of delivery", "18-month", 18, 18, "month", "=", "Layerforge printers", "warranty length", "duration")
aq = "Maximum print speed on the Forge S1 is 500 mm/s"
cl(J, aq, "Maximum print speed on the Forge S1 is 500 mm/s with the default acceleration settings", "500 mm/s", None, 500, "mm/s", "<=", "Forge S1", "maximum print speed", "limit")
aq = "(2023) The Forge M2 sells for $229"
cl(J, aq, "(2023) The Forge M2 sells for $229, and a starter spool is in the box", "$229", 229, 229, "USD", "=", "Forge M2", "price", "price")
aq = "PETG sticks best on an 80 °C bed"
cl(J, aq, "PETG sticks best on an 80 °C bed with a thin layer of glue stick as a release agent", "80 °C", 80, 80, "°C", "=", "bed for PETG", "bed temperature", "other")
aq = "The 235 mm PEI sheet for the S1 is $29"
cl(J, aq, "The 235 mm PEI sheet for the S1 is $29 and swaps on and off magnetically", "$29", 29, 29, "USD", "=", "235 mm PEI sheet for the S1", "price", "price")
aq = "Our PLA is $22 for a 1 kg spool"
sq = "Our PLA is $22 for a 1 kg spool, which works out to 2.2 cents per gram"
cl(J, aq, sq, "$22", 22, 22, "USD", "=", "1 kg spool of PLA", "price", "price")
cl(J, aq, sq, "1 kg", 1, 1, "kg", "=", "PLA spool", "filament weight", "other")
cl(J, aq, sq, "2.2 cents per gram", 2.2, 2.2, "c/g", "=", "PLA", "price per gram", "price")
aq = "Sport mode raises speed and acceleration."
cl(J, aq, "For example, on an S1 in Sport mode a calibration cube might finish in just 9 minutes", "9 minutes", 9, 9, "minute", "=", "calibration cube on an S1 in Sport mode", "print time", "duration", True)
aq = "The S1 Pro can print at up to 600 mm/s"
cl(J, aq, "The S1 Pro can print at up to 600 mm/s, though quality profiles keep it slower on most parts", "up to 600 mm/s", None, 600, "mm/s", "<=", "Forge S1 Pro", "maximum print speed", "limit")
aq = "Returns aren't accepted more than 30 days after delivery"
cl(J, aq, "Returns aren't accepted more than 30 days after delivery, but warranty repairs are still available", "30 days", None, 30, "day", "<=", "printer return", "return window", "duration")
aq = "Yes, the M2's bed heats to 100 °C"
cl(J, aq, "Yes, the M2's bed heats to 100 °C, so PLA and PETG are no problem", "100 °C", None, 100, "°C", "<=", "Forge M2 heated bed", "maximum bed temperature", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
