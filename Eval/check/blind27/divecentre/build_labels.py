#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the divecentre domain (Two Moons Divers, Koh Lanta)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "line-quick-replies.txt", "front-desk-handbook.md", "customer-questions-evernote.html", "faq-records-airtable.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The LINE replies say the Open Water price includes the manual, full gear rental, four boat dives and the certification card, while the Evernote note says the fee pays for tuition and the boat dives only, with gear hire and the card charged on top.",
  "what the Open Water course price includes", side(T, "includes the manual, full gear rental, four boat dives and your certification card"), side(H, "Your Open Water fee pays for tuition and the boat dives, nothing else")),
 ("list", "The handbook says the shop takes cash, Visa, Mastercard, Thai QR and PayPal, while the Airtable answer says the dive centre accepts cash and Thai QR only.",
  "payment methods at the dive shop", side(M, "The shop takes cash, Visa, Mastercard, Thai QR and PayPal"), side(J, "The dive centre accepts cash and Thai QR payments only")),
 ("list", "The Airtable answer asks fun divers to bring their certification card, logbook and a signed medical form to check in, while the LINE reply says the certification card is the only thing needed.",
  "documents needed to check in for a fun dive", side(J, "bring your certification card, your logbook and a signed medical form"), side(T, "The only thing we need to see before a fun dive is your certification card")),
 # polarity
 ("polarity", "The LINE reply welcomes non-diving friends on the dive boat to snorkel, while the Airtable answer says snorkellers are not allowed on the dive boats.",
  "snorkellers on the dive boats", side(T, "Non-diving friends are welcome to come out on the dive boat and snorkel"), side(J, "Snorkellers are not allowed on the dive boats")),
 ("polarity", "The handbook gives a full refund when a boat trip is cancelled for weather, while the Evernote note says trips called off for bad weather are not refunded.",
  "refund for a boat trip cancelled because of the weather", side(M, "If we cancel a boat trip because of the weather, guests get a full refund"), side(H, "Trips called off for bad weather are not refunded")),
 ("polarity", "The Evernote note lets certified divers explore in buddy pairs without a guide, while the handbook says every diver dives with one of the shop's guides, no exceptions.",
  "certified divers diving without a guide", side(H, "Certified divers may explore in buddy pairs without a guide from our boats"), side(M, "Every diver on our boats dives with one of our guides, no exceptions")),
 # numeric
 ("numeric", "The LINE reply puts the national park fee at 400 THB per person per day, while the Airtable answer says marine park entry is THB 300 per diver per day.",
  "daily marine park fee per person", side(T, "The national park fee is 400 THB per person per day"), side(J, "Marine park entry costs THB 300 per diver per day")),
 ("numeric", "The Evernote note says Open Water divers go no deeper than 18 metres, while the handbook lets Open Water card holders dive to 20 metres.",
  "maximum depth for Open Water certified divers", side(H, "Open Water divers go no deeper than 18 metres with us"), side(M, "Guests holding an Open Water card may dive to 20 metres on our trips")),
 ("numeric", "The handbook says a guide takes at most 4 divers, while the LINE reply allows up to 6 fun divers in each guide's group.",
  "largest fun-dive group per guide", side(M, "A guide takes at most 4 divers"), side(T, "There are up to 6 fun divers in each guide's group")),
 ("numeric", "The Evernote note prices full equipment hire at 500 baht a day, while the Airtable answer says a complete set of gear costs THB 350 per day.",
  "daily price of a full set of rental gear", side(H, "Full equipment hire is \u0e3f500 a day"), side(J, "Renting a complete set of gear costs THB 350 per day")),
 # arithmetic
 ("arithmetic", "1500 baht per dive for 4 dives is 6000 baht, not 5000 baht.",
  "private guide surcharge for 4 dives", side(M, "1500 baht per dive on top of the dive price, so for 4 dives"), side(M, "the private guide adds 5000 baht")),
 ("arithmetic", "THB 200 per tank for three nitrox dives is THB 600, not THB 500.",
  "nitrox surcharge for a day of three dives", side(J, "Nitrox costs THB 200 per tank, so a day with three nitrox dives"), side(J, "comes to an extra THB 500 on your bill")),
 ("arithmetic", "90 minutes each way is 180 minutes, about 3 hours there and back, not about 2 hours.",
  "time on the boat for a Hin Daeng trip", side(T, "The boat ride to Hin Daeng takes 90 minutes each way"), side(T, "so you spend about 2 hours on the boat getting there and back")),
 # stale
 ("stale", "A 2023 note prices the Advanced Open Water course at 10500 baht, while a 2025 answer puts Advanced certification at THB 11,900.",
  "price of the Advanced Open Water course", side(M, "(2023) The Advanced Open Water course cost 10500 baht"), side(J, "As of 2025, Advanced certification is priced at THB 11,900")),
 ("stale", "A 2022 answer says the shop runs two dive boats, while a 2025 reply says it operates three boats since the new speedboat.",
  "number of dive boats", side(H, "(2022) We run two dive boats from Saladan pier"), side(T, "Since 2025, with our new speedboat in service, we operate three boats")),
 ("stale", "A 2023 answer prices Discover Scuba Diving at THB 3,500, while a 2025 answer says the beginners' try dive costs 4,200 baht.",
  "price of a Discover Scuba Diving (try dive) day", side(J, "(2023) Discover Scuba Diving was THB 3,500 for a day"), side(H, "As of 2025, the beginners' try dive costs \u0e3f4,200")),
]

traps = [
 ("Different condition (season): a two-dive boat trip is 2,800 THB from November to April and THB 2,300 from May to October.",
  side(T, "In high season, November to April, a two-dive boat trip costs 2,800 THB"), side(J, "From May to October a two-dive boat trip is THB 2,300")),
 ("Different course: Open Water classes take up to 4 students per instructor, a Discover Scuba day 2 guests per instructor.",
  side(H, "Open Water classes have no more than 4 students per instructor"), side(J, "On a Discover Scuba day it is 2 guests per instructor")),
 ("Different model: a shorty wetsuit rents for 100 baht a day, a full-length 3 mm wetsuit for 200 THB a day.",
  side(M, "Shorty wetsuits rent for 100 baht a day"), side(T, "A full-length 3 mm wetsuit is 200 THB a day to rent")),
 ("Different room type: a fan bungalow is 800 baht a night, an air-con bungalow 1400 baht a night.",
  side(H, "A fan bungalow is \u0e3f800 a night for divers"), side(M, "An air-con bungalow in the garden costs 1400 baht a night")),
 ("Similarly named insurance products: DiveGuard Lite is 450 THB for 7 days, DiveGuard Max (adds air evacuation) THB 1,350 for 7 days.",
  side(T, "DiveGuard Lite is 450 THB for 7 days and covers decompression chamber treatment"), side(J, "DiveGuard Max costs THB 1,350 for 7 days and adds medical evacuation")),
 ("Same value in other units: 200 bar is about 2,900 psi (200 x 14.5038 = 2,900.8).",
  side(M, "Our compressor fills every tank to 200 bar"), side(H, "A full tank leaves the shop at about 2,900 psi")),
 ("Correct computation: a 12-litre tank at 200 bar holds 12 x 200 = 2,400 litres of air at the surface.",
  side(J, "A standard 12-litre tank filled to 200 bar"), side(J, "holds about 2,400 litres of air at the surface")),
 ("Correct percentage: 10% off 14900 baht is 13410 baht.",
  side(M, "Couples who book the Open Water course together get 10% off each"), side(M, "so the 14900 baht course comes to 13410 baht per person")),
 ("About 50 minutes lies inside the 45 to 60 minutes range for a single dive.",
  side(T, "A single dive lasts 45 to 60 minutes, depending on your air"), side(M, "Our dives usually last about 50 minutes from descent to surfacing")),
 ("20 dives is a hedged example ('For example ... might') for a keen diver on a 10-day holiday, not the typical number of around 6 dives a week.",
  side(T, "Most guests do around 6 dives in a week with us"), side(H, "For example, a keen diver on a 10-day holiday might log 20 dives")),
 ("The 300 baht computer rental is explicitly the price before 2024; 200 baht a day is the current price.",
  side(H, "Dive computers used to cost \u0e3f300 a day to rent before 2024"), side(M, "Renting a dive computer is 200 baht a day")),
 ("'Up to 2 hours' is the longest ride to Koh Haa, in rough seas; the boat usually gets there in about 75 minutes.",
  side(J, "The ride to Koh Haa can take up to 2 hours"), side(H, "The boat usually reaches Koh Haa in about 75 minutes")),
 ("The packing list is open ('such as'), so a light jacket as another item to pack is consistent.",
  side(M, "pack things such as sunscreen, a towel, a hat and seasickness tablets"), side(J, "A light jacket is also worth packing for the ride home")),
 ("The same no-fly rule stated in both directions (no flying within 18 hours / flights fine only once 18 hours have passed).",
  side(T, "No flying within 18 hours of your last dive"), side(H, "Flights are fine only once 18 hours have passed since your last dive")),
]

DOMAIN = ("Two Moons Divers, a fictional scuba diving centre and dive school in Saladan on Koh Lanta, Krabi, Thailand "
          "(prices in Thai baht, written '2,800 THB', '1400 baht', '\u0e3f4,200' and 'THB 11,900'): what the Open Water "
          "course includes, the Open Water couples discount, the Advanced course price (old and current), Discover Scuba "
          "Diving (old and current price, ratio), course and fun-dive group sizes, depth limits, unguided buddy diving, "
          "check-in documents and the medical questionnaire, payment methods, deposits, boat trips (season prices, the "
          "boat fleet old and current, ride times to Hin Daeng and Koh Haa, snorkellers on board, bad-weather "
          "cancellations), the national marine park fee, nitrox, tank pressure and air volume, equipment, wetsuit and "
          "dive computer rental, private guides, dive length and dives per week, DiveGuard Lite and DiveGuard Max "
          "insurance, flying after diving, what to pack, bungalows, the pool and the shop's location.")
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

# LINE quick replies (.txt)
aq = "The Open Water course price includes the manual"
cl(T, aq, "The Open Water course price includes the manual, full gear rental, four boat dives and your certification card", "four boat dives", 4, 4, "dives", "=", "Open Water course", "boat dives included", "count")
aq = "The national park fee is 400 THB per person per day"
cl(T, aq, "The national park fee is 400 THB per person per day, paid in cash to the ranger who comes aboard", "400 THB per person per day", 400, 400, "THB/day", "=", "national marine park", "fee per person per day", "price")
aq = "There are up to 6 fun divers in each guide's group"
cl(T, aq, "There are up to 6 fun divers in each guide's group, and we try to put people of similar experience together", "up to 6 fun divers", None, 6, "divers", "<=", "fun-dive group", "divers per guide", "limit")
aq = "The boat ride to Hin Daeng takes 90 minutes each way"
sq = "The boat ride to Hin Daeng takes 90 minutes each way, so you spend about 2 hours on the boat getting there and back"
cl(T, aq, sq, "90 minutes each way", 90, 90, "minute", "=", "boat ride to Hin Daeng", "one-way ride time", "duration")
cl(T, aq, sq, "about 2 hours", 2, 2, "hour", "~", "return boat ride to Hin Daeng", "time on the boat", "duration")
aq = "Since 2025, with our new speedboat in service, we operate three boats"
cl(T, aq, "Since 2025, with our new speedboat in service, we operate three boats, so there is a trip most mornings", "three boats", 3, 3, "boats", "=", "Two Moons Divers", "number of dive boats", "count")
aq = "In high season, November to April, a two-dive boat trip costs 2,800 THB"
sq = "In high season, November to April, a two-dive boat trip costs 2,800 THB including lunch and drinking water"
cl(T, aq, sq, "two-dive boat trip", 2, 2, "dives", "=", "boat trip", "dives per trip", "count")
cl(T, aq, sq, "2,800 THB", 2800, 2800, "THB", "=", "two-dive boat trip in high season", "price", "price")
aq = "A full-length 3 mm wetsuit is 200 THB a day to rent"
sq = "A full-length 3 mm wetsuit is 200 THB a day to rent, and we rinse and dry it for you after each trip"
cl(T, aq, sq, "3 mm", 3, 3, "mm", "=", "full-length wetsuit", "thickness", "other")
cl(T, aq, sq, "200 THB a day", 200, 200, "THB/day", "=", "full-length 3 mm wetsuit", "rental price per day", "price")
aq = "DiveGuard Lite is 450 THB for 7 days"
sq = "DiveGuard Lite is 450 THB for 7 days and covers decompression chamber treatment if you ever need it"
cl(T, aq, sq, "450 THB", 450, 450, "THB", "=", "DiveGuard Lite insurance", "price", "price")
cl(T, aq, sq, "7 days", 7, 7, "day", "=", "DiveGuard Lite insurance", "cover period", "duration")
aq = "A single dive lasts 45 to 60 minutes"
cl(T, aq, "A single dive lasts 45 to 60 minutes, depending on your air and the conditions on the day", "45 to 60 minutes", 45, 60, "minute", "=", "single dive", "dive length", "duration")
aq = "Most guests do around 6 dives in a week with us."
cl(T, aq, "Most guests do around 6 dives in a week with us", "around 6 dives", 6, 6, "dives", "~", "typical guest", "dives per week", "count")
aq = "No flying within 18 hours of your last dive"
cl(T, aq, "No flying within 18 hours of your last dive, so plan your last dive day around your flight home", "within 18 hours", 18, None, "hour", ">=", "flying after diving", "minimum wait before flying", "limit")

# front desk handbook (.md)
aq = "Guests holding an Open Water card may dive to 20 metres"
cl(M, aq, "Guests holding an Open Water card may dive to 20 metres on our trips", "to 20 metres", None, 20, "m", "<=", "Open Water certified diver", "maximum depth", "limit")
aq = "A guide takes at most 4 divers"
cl(M, aq, "A guide takes at most 4 divers, so bigger groups need a second guide", "at most 4 divers", None, 4, "divers", "<=", "fun-dive group", "divers per guide", "limit")
aq = "A private guide is 1500 baht per dive"
sq = "A private guide is 1500 baht per dive on top of the dive price, so for 4 dives the private guide adds 5000 baht"
cl(M, aq, sq, "1500 baht per dive", 1500, 1500, "THB/dive", "=", "private guide", "price per dive", "price")
cl(M, aq, sq, "4 dives", 4, 4, "dives", "=", "example private-guide booking", "dives booked", "count")
cl(M, aq, sq, "5000 baht", 5000, 5000, "THB", "=", "private guide for 4 dives", "total surcharge", "price")
aq = "(2023) The Advanced Open Water course cost 10500 baht"
sq = "(2023) The Advanced Open Water course cost 10500 baht with five dives"
cl(M, aq, sq, "10500 baht", 10500, 10500, "THB", "=", "Advanced Open Water course", "course price", "price")
cl(M, aq, sq, "five dives", 5, 5, "dives", "=", "Advanced Open Water course", "dives included", "count")
aq = "Shorty wetsuits rent for 100 baht a day"
cl(M, aq, "Shorty wetsuits rent for 100 baht a day", "100 baht a day", 100, 100, "THB/day", "=", "shorty wetsuit", "rental price per day", "price")
aq = "An air-con bungalow in the garden costs 1400 baht a night"
cl(M, aq, "An air-con bungalow in the garden costs 1400 baht a night, breakfast included", "1400 baht a night", 1400, 1400, "THB/night", "=", "air-con bungalow", "price per night", "price")
aq = "Our compressor fills every tank to 200 bar"
cl(M, aq, "Our compressor fills every tank to 200 bar", "200 bar", 200, 200, "bar", "=", "filled dive tank", "fill pressure", "other")
aq = "Couples who book the Open Water course together"
sq = "Couples who book the Open Water course together get 10% off each, so the 14900 baht course comes to 13410 baht per person"
cl(M, aq, sq, "10% off", 10, 10, "%", "=", "Open Water course booked as a couple", "discount", "percentage")
cl(M, aq, sq, "14900 baht", 14900, 14900, "THB", "=", "Open Water course", "full price", "price")
cl(M, aq, sq, "13410 baht per person", 13410, 13410, "THB", "=", "Open Water course booked as a couple", "discounted price per person", "price")
aq = "Our dives usually last about 50 minutes"
cl(M, aq, "Our dives usually last about 50 minutes from descent to surfacing", "about 50 minutes", 50, 50, "minute", "~", "single dive", "dive length", "duration")
aq = "Renting a dive computer is 200 baht a day"
cl(M, aq, "Renting a dive computer is 200 baht a day", "200 baht a day", 200, 200, "THB/day", "=", "dive computer", "rental price per day", "price")

# Evernote note (.html)
aq = "Open Water classes have no more than 4 students per instructor"
cl(H, aq, "Open Water classes have no more than 4 students per instructor, in the pool and in the sea", "no more than 4 students", None, 4, "students", "<=", "Open Water class", "students per instructor", "limit")
aq = "As of 2025, the beginners' try dive costs"
sq = "As of 2025, the beginners' try dive costs \u0e3f4,200 with two dives in the sea"
cl(H, aq, sq, "\u0e3f4,200", 4200, 4200, "THB", "=", "Discover Scuba Diving (try dive)", "price", "price")
cl(H, aq, sq, "two dives", 2, 2, "dives", "=", "Discover Scuba Diving (try dive)", "dives included", "count")
aq = "(2022) We run two dive boats"
cl(H, aq, "(2022) We run two dive boats from Saladan pier, each with its own captain and crew", "two dive boats", 2, 2, "boats", "=", "Two Moons Divers", "number of dive boats", "count")
aq = "Open Water divers go no deeper than 18 metres"
cl(H, aq, "Open Water divers go no deeper than 18 metres with us, the limit of their certification", "no deeper than 18 metres", None, 18, "m", "<=", "Open Water certified diver", "maximum depth", "limit")
aq = "The boat usually reaches Koh Haa"
cl(H, aq, "The boat usually reaches Koh Haa in about 75 minutes from Saladan pier", "about 75 minutes", 75, 75, "minute", "~", "boat ride to Koh Haa", "one-way ride time", "duration")
aq = "It depends how keen you are."
sq = "For example, a keen diver on a 10-day holiday might log 20 dives with us"
cl(H, aq, sq, "10-day holiday", 10, 10, "day", "=", "example keen diver", "holiday length", "duration", True)
cl(H, aq, sq, "20 dives", 20, 20, "dives", "=", "example keen diver on a 10-day holiday", "dives logged", "count", True)
aq = "Flights are fine only once 18 hours have passed"
cl(H, aq, "Flights are fine only once 18 hours have passed since your last dive", "once 18 hours have passed", 18, None, "hour", ">=", "flying after diving", "minimum wait before flying", "limit")
aq = "Full equipment hire is"
cl(H, aq, "Full equipment hire is \u0e3f500 a day, and we fit everything at the shop the evening before", "\u0e3f500 a day", 500, 500, "THB/day", "=", "full set of rental gear", "rental price per day", "price")
aq = "Dive computers used to cost"
cl(H, aq, "Dive computers used to cost \u0e3f300 a day to rent before 2024", "\u0e3f300 a day", 300, 300, "THB/day", "=", "dive computer before 2024", "old rental price per day", "price")
aq = "A full tank leaves the shop at about 2,900 psi"
cl(H, aq, "A full tank leaves the shop at about 2,900 psi, checked on a gauge at the pier", "about 2,900 psi", 2900, 2900, "psi", "~", "filled dive tank", "fill pressure", "other")
aq = "A fan bungalow is"
cl(H, aq, "A fan bungalow is \u0e3f800 a night for divers, a short walk from the shop", "\u0e3f800 a night", 800, 800, "THB/night", "=", "fan bungalow", "price per night", "price")

# Airtable records (.json)
aq = "(2023) Discover Scuba Diving was THB 3,500"
sq = "(2023) Discover Scuba Diving was THB 3,500 for a day with two sea dives"
cl(J, aq, sq, "THB 3,500", 3500, 3500, "THB", "=", "Discover Scuba Diving (try dive)", "price", "price")
cl(J, aq, sq, "two sea dives", 2, 2, "dives", "=", "Discover Scuba Diving (try dive)", "dives included", "count")
aq = "Marine park entry costs THB 300 per diver per day"
cl(J, aq, "Marine park entry costs THB 300 per diver per day, and the ranger issues a paper ticket", "THB 300 per diver per day", 300, 300, "THB/day", "=", "national marine park", "fee per person per day", "price")
aq = "Renting a complete set of gear costs THB 350 per day"
cl(J, aq, "Renting a complete set of gear costs THB 350 per day, with a discount for longer rentals", "THB 350 per day", 350, 350, "THB/day", "=", "full set of rental gear", "rental price per day", "price")
aq = "Nitrox costs THB 200 per tank"
sq = "Nitrox costs THB 200 per tank, so a day with three nitrox dives comes to an extra THB 500 on your bill"
cl(J, aq, sq, "THB 200 per tank", 200, 200, "THB/tank", "=", "nitrox", "price per tank", "price")
cl(J, aq, sq, "three nitrox dives", 3, 3, "dives", "=", "example nitrox day", "dives", "count")
cl(J, aq, sq, "THB 500", 500, 500, "THB", "=", "nitrox for a day of three dives", "total surcharge", "price")
aq = "From May to October a two-dive boat trip is THB 2,300"
sq = "From May to October a two-dive boat trip is THB 2,300, lunch included"
cl(J, aq, sq, "two-dive boat trip", 2, 2, "dives", "=", "boat trip", "dives per trip", "count")
cl(J, aq, sq, "THB 2,300", 2300, 2300, "THB", "=", "two-dive boat trip from May to October", "price", "price")
aq = "DiveGuard Max costs THB 1,350 for 7 days"
sq = "DiveGuard Max costs THB 1,350 for 7 days and adds medical evacuation by air to the chamber cover"
cl(J, aq, sq, "THB 1,350", 1350, 1350, "THB", "=", "DiveGuard Max insurance", "price", "price")
cl(J, aq, sq, "7 days", 7, 7, "day", "=", "DiveGuard Max insurance", "cover period", "duration")
aq = "A standard 12-litre tank filled to 200 bar"
sq = "A standard 12-litre tank filled to 200 bar holds about 2,400 litres of air at the surface"
cl(J, aq, sq, "12-litre", 12, 12, "litre", "=", "standard dive tank", "tank volume", "other")
cl(J, aq, sq, "200 bar", 200, 200, "bar", "=", "standard dive tank", "fill pressure", "other")
cl(J, aq, sq, "about 2,400 litres", 2400, 2400, "litre", "~", "air in a full 12-litre tank", "air volume at the surface", "other")
aq = "The ride to Koh Haa can take up to 2 hours"
cl(J, aq, "The ride to Koh Haa can take up to 2 hours when the sea is rough", "up to 2 hours", None, 2, "hour", "<=", "boat ride to Koh Haa in rough sea", "one-way ride time", "duration")
aq = "As of 2025, Advanced certification is priced at THB 11,900"
sq = "As of 2025, Advanced certification is priced at THB 11,900, including five dives and the e-learning"
cl(J, aq, sq, "THB 11,900", 11900, 11900, "THB", "=", "Advanced Open Water course", "course price", "price")
cl(J, aq, sq, "five dives", 5, 5, "dives", "=", "Advanced Open Water course", "dives included", "count")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
