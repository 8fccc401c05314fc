#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the wedding_venue domain (Hof Eichmatt)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "booking-replies.txt", "event-team-notes.md", "couples-questions.html", "venue-faq-items.json"
D = "\u2013"   # the en dash of Swiss whole-franc prices ("CHF 25.–")

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The email replies say the barn hire includes tables, chairs, table linen, the sound system and the fairy lights, while the Trilium page says hiring the barn hall gets you tables and chairs only, with linen, sound and lights booked as extras.",
  "what the barn hall hire includes", side(T, "The barn hire includes tables, chairs, table linen, the sound system and the fairy lights"), side(H, "Hiring the barn hall gets you tables and chairs, and nothing else")),
 ("list", "The event team notes say deposits can be paid by bank transfer, TWINT, PostFinance Card or credit card, while the Directus answer says the deposit is accepted by bank transfer only.",
  "ways to pay the deposit", side(M, "Deposits can be paid by bank transfer, TWINT, PostFinance Card or credit card"), side(J, "We accept the deposit by bank transfer and in no other way")),
 ("list", "The Directus answer says the standard drinks package covers house wine, beer, soft drinks and coffee, while the email replies say the drinks flat rate pays for house wine and mineral water only, with beer and coffee billed by consumption.",
  "what the drinks package covers", side(J, "The standard drinks package covers house wine, beer, soft drinks and coffee"), side(T, "Our drinks flat rate pays for house wine and mineral water, nothing else")),
 # polarity
 ("polarity", "The Trilium page welcomes confetti and rice in the garden after the ceremony, while the event team notes say guests may not throw confetti anywhere on the grounds.",
  "throwing confetti", side(H, "Confetti and rice are welcome in the garden after the ceremony"), side(M, "Guests may not throw confetti anywhere on the grounds")),
 ("polarity", "The email replies say couples are free to bring their own caterer, while the Directus answer says external caterers are not permitted.",
  "bringing an outside caterer", side(T, "You are free to bring your own caterer"), side(J, "External caterers are not permitted at Eichmatt")),
 ("polarity", "The event team notes allow real candles on the tables in the barn hall, while the Trilium page forbids open flames inside the barn, table candles included.",
  "real candles on the tables in the barn", side(M, "Real candles are allowed on the tables in the barn hall"), side(H, "Open flames are forbidden inside the barn, table candles included")),
 # numeric
 ("numeric", f"The email replies put corkage at CHF 25.{D} per bottle, while the Directus answer says bringing your own wine costs CHF 18 for every bottle opened.",
  "corkage per bottle of the couple's own wine", side(T, f"Corkage on wine you bring yourself is CHF 25.{D} per bottle"), side(J, "Bringing your own wine costs CHF 18 for every bottle we open")),
 ("numeric", "The Trilium page says the barn hall seats up to 140 guests at round tables, while the event team notes limit seated dinners in the barn to 120 people.",
  "most guests seated for dinner in the barn hall", side(H, "The barn hall seats up to 140 guests at round tables"), side(M, "Seated dinners in the barn are limited to 120 people")),
 ("numeric", "The Directus answer says a shuttle run between the farm and Langnau station costs CHF 180, while the Trilium page bills each shuttle trip to the station at 240 CHF.",
  "price of one shuttle trip to Langnau station", side(J, "A shuttle run between the farm and Langnau station, 4 kilometres away, costs CHF 180"), side(H, "Each shuttle trip to Langnau station is billed at 240 CHF")),
 ("numeric", "The event team notes give wedding guests 60 parking spaces, while the email replies say the car park holds 45 cars.",
  "number of parking spaces", side(M, "Wedding guests have 60 parking spaces at the farm"), side(T, "The car park behind the barn holds 45 cars")),
 # arithmetic
 ("arithmetic", f"Fr. 85.50 per head for 80 guests is Fr. 6'840.{D}, not Fr. 6'540.{D}.",
  "Emmental dinner menu for 80 guests", side(M, "The Emmental dinner menu is Fr. 85.50 per head, so a party of 80 guests"), side(M, f"comes to Fr. 6'540.{D} for food")),
 ("arithmetic", "CHF 42 per guest for 95 guests is CHF 3'990, not CHF 3'690.",
  "drinks package for 95 guests", side(J, "The drinks package is CHF 42 per guest for the evening, so 95 guests"), side(J, "come to CHF 3'690 in total")),
 ("arithmetic", f"A 30% deposit on CHF 9'800.{D} is CHF 2'940.{D}, not CHF 2'490.{D}.",
  f"deposit on a CHF 9'800 booking", side(T, f"We ask for a 30% deposit when you sign, so on a CHF 9'800.{D} booking"), side(T, f"you pay CHF 2'490.{D} up front")),
 # stale
 ("stale", f"A 2023 note puts Saturday hire of the barn hall at Fr. 3'900.{D}, while a 2025 answer says renting the barn on a Saturday costs CHF 4'600.",
  "Saturday hire of the barn hall", side(M, f"(2023) Saturday hire of the barn hall is Fr. 3'900.{D}"), side(J, "As of 2025, renting the barn on a Saturday costs CHF 4'600")),
 ("stale", "A 2022 answer says Eichmatt has 9 guest rooms, while a 2025 reply says there are 12 since the hayloft was converted.",
  "number of guest rooms", side(H, "(2022) Eichmatt has 9 guest rooms in the old farmhouse"), side(T, "Since 2025, with the old hayloft converted, we offer 12 guest rooms")),
 ("stale", "A 2022 answer says calling off less than 3 months ahead forfeits 50% of the hire fee, while a 2025 answer says cancelling within 3 months costs 75%.",
  "cancellation charge within 3 months of the date", side(J, "(2022) Calling off less than 3 months ahead forfeits 50% of the hire fee"), side(H, "As of 2025, cancelling within 3 months costs 75% of the hire fee")),
]

traps = [
 (f"Different day of the week: weekday hire (Sunday to Thursday) is CHF 2'200.{D}, Friday hire 3'100 CHF.",
  side(T, f"Weekday hire of the barn, Sunday to Thursday, is CHF 2'200.{D}"), side(H, "On a Friday the barn hall rents for 3'100 CHF")),
 (f"Different time of year: a double room is Fr. 140.{D} a night from November to March and 190 CHF from April to October.",
  side(M, f"From November to March a double room is Fr. 140.{D} a night"), side(H, "From April to October a double room costs 190 CHF per night")),
 ("Different menus: the festive menu is CHF 112 per guest, the garden barbecue buffet CHF 64.50 a head.",
  side(J, "The festive menu costs CHF 112 per guest"), side(T, "Our barbecue buffet in the garden is CHF 64.50 a head")),
 ("Different condition (public holidays): an extra hour of a waiter is 45 CHF on normal days and CHF 68 on public holidays.",
  side(H, "An extra hour of service costs 45 CHF per waiter on normal days"), side(J, "On public holidays each waiter's extra hour is billed at CHF 68")),
 ("Similarly named packages: the Farmhouse Aperitif is CHF 19.50 per guest, the Farmhouse Aperitif Deluxe (with a cheese board and beer) CHF 31.50.",
  side(T, "The Farmhouse Aperitif is CHF 19.50 per guest"), side(J, "Farmhouse Aperitif Deluxe costs CHF 31.50 per guest and adds a cheese board")),
 ("Same value in other units: a quarter of an hour is 15 minutes.",
  side(H, "The shuttle ride to the station takes a quarter of an hour"), side(M, "Allow 15 minutes for the shuttle between the station and the farm")),
 ("Correct computation: CHF 4.50 a chair cover for 90 chairs is CHF 405.",
  side(J, "Chair covers are CHF 4.50 each, so dressing 90 chairs"), side(J, "adds CHF 405 to the bill")),
 (f"Correct percentage: 15% off Fr. 2'200.{D} gives Fr. 1'870.{D}.",
  side(M, "Book a Sunday wedding in January or February and you get 15% off"), side(M, f"so a Fr. 2'200.{D} hire becomes Fr. 1'870.{D}")),
 ("About 3 hours lies inside the 2 to 4 hours range for setting up the barn.",
  side(M, "Setting up the barn for a wedding takes 2 to 4 hours"), side(J, "Our crew usually needs about 3 hours to dress the barn hall")),
 (f"CHF 32'000 is a hedged example ('For example ... might') for a couple booking every room, not the typical spend of around CHF 18'000.{D}.",
  side(T, f"Most couples spend around CHF 18'000.{D} on the whole day"), side(J, "For example, a couple booking every room might spend CHF 32'000")),
 ("The 9 CHF late-night snack is explicitly the price before 2024; CHF 12.50 is the current price.",
  side(H, "The late-night snack used to cost 9 CHF per guest before 2024"), side(T, "The midnight snack of Bernese sausages and farmhouse bread is CHF 12.50 per guest")),
 ("'Up to 2 hours' is the longest photo session, for a big family; the session usually takes about 45 minutes.",
  side(T, "Group photos in the orchard can take up to 2 hours for a big family"), side(M, "The photo session in the orchard usually takes about 45 minutes")),
 ("The list of decorations is open ('such as'), so balloons as another allowed decoration are consistent.",
  side(M, "Couples may use decorations such as flowers, bunting, photo walls and hay bales"), side(J, "Balloons are also fine as decoration in the barn and the garden")),
 ("The same spirits rule stated in both directions (under 18 never served / only 18 or older served).",
  side(T, "Guests under 18 are never served spirits at our bar"), side(H, "Only guests aged 18 or older are served spirits at the bar")),
]

DOMAIN = ("Hof Eichmatt, a fictional wedding and event venue in the Emmental, canton of Bern, Switzerland: a converted "
          "farmhouse with a barn hall, gardens, an orchard and guest rooms (prices in Swiss francs including VAT, written "
          f"'CHF 25.{D}' and 'CHF 2'200.{D}' in the email replies, 'Fr. 85.50' and 'Fr. 3'900.{D}' in the team notes, "
          "'3'100 CHF' on the Trilium page and 'CHF 4'600' / 'CHF 12.50' in the Directus answers): what the barn hire "
          "includes, barn hire by day (weekday, Friday, Saturday old and current), the off-season discount, deposits "
          "(share, payment methods), cancellation (old and current), the total spend, seated capacity and floor area, "
          "catering (the Emmental dinner menu and the festive menu, barbecue buffet, outside caterers), the drinks package, the Farmhouse "
          "Aperitif and Aperitif Deluxe, corkage, the late-night snack, spirits and age, staff overtime, candles, confetti, "
          "decorations, chair covers, set-up time, photos, the music curfew, rain plan, accessibility, guest rooms "
          "(number old and current, seasonal prices, minimum stay), parking, the shuttle bus (price, distance, ride "
          "time), the coordinator and viewings.")
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

# email replies (11 answers)
aq = "Corkage on wine you bring yourself"
cl(T, aq, f"Corkage on wine you bring yourself is CHF 25.{D} per bottle, and we chill it and provide the glasses", f"CHF 25.{D} per bottle", 25, 25, "CHF/bottle", "=", "corkage on the couple's own wine", "corkage per bottle", "price")
aq = "The car park behind the barn holds 45 cars"
cl(T, aq, "The car park behind the barn holds 45 cars, and in dry weather the meadow next to it takes the overflow", "45 cars", 45, 45, "cars", "=", "car park", "number of parking spaces", "count")
aq = "We ask for a 30% deposit when you sign"
sq = f"We ask for a 30% deposit when you sign, so on a CHF 9'800.{D} booking you pay CHF 2'490.{D} up front"
cl(T, aq, sq, "30% deposit", 30, 30, "%", "=", "deposit on signing", "share of the booking", "percentage")
cl(T, aq, sq, f"CHF 9'800.{D}", 9800, 9800, "CHF", "=", "example booking", "booking total", "price")
cl(T, aq, sq, f"CHF 2'490.{D}", 2490, 2490, "CHF", "=", "deposit on a CHF 9'800 booking", "deposit amount", "price")
aq = "Since 2025, with the old hayloft converted, we offer 12 guest rooms"
sq = "Since 2025, with the old hayloft converted, we offer 12 guest rooms sleeping up to 26 people"
cl(T, aq, sq, "12 guest rooms", 12, 12, "rooms", "=", "Hof Eichmatt", "number of guest rooms", "count")
cl(T, aq, sq, "up to 26 people", None, 26, "people", "<=", "guest rooms", "overnight guests", "limit")
aq = "Weekday hire of the barn, Sunday to Thursday"
cl(T, aq, f"Weekday hire of the barn, Sunday to Thursday, is CHF 2'200.{D} for the day and the evening", f"CHF 2'200.{D}", 2200, 2200, "CHF", "=", "barn hire Sunday to Thursday", "hire fee", "price")
aq = "Our barbecue buffet in the garden is CHF 64.50 a head"
cl(T, aq, "Our barbecue buffet in the garden is CHF 64.50 a head, with salads and a vegetarian grill", "CHF 64.50 a head", 64.5, 64.5, "CHF/person", "=", "barbecue buffet", "price per guest", "price")
aq = "The Farmhouse Aperitif is CHF 19.50 per guest"
cl(T, aq, "The Farmhouse Aperitif is CHF 19.50 per guest: prosecco, elderflower spritz and warm canapes from our kitchen", "CHF 19.50 per guest", 19.5, 19.5, "CHF/person", "=", "Farmhouse Aperitif", "price per guest", "price")
aq = "Most couples spend around"
cl(T, aq, f"Most couples spend around CHF 18'000.{D} on the whole day, with food, drinks and the barn hire together", f"around CHF 18'000.{D}", 18000, 18000, "CHF", "~", "typical wedding", "total spend", "price")
aq = "The midnight snack of Bernese sausages"
cl(T, aq, "The midnight snack of Bernese sausages and farmhouse bread is CHF 12.50 per guest", "CHF 12.50 per guest", 12.5, 12.5, "CHF/person", "=", "late-night snack", "price per guest", "price")
aq = "Group photos in the orchard can take up to 2 hours"
cl(T, aq, "Group photos in the orchard can take up to 2 hours for a big family, so plan the aperitif around them", "up to 2 hours", None, 2, "hour", "<=", "group photos with a big family", "time taken", "duration")
aq = "Guests under 18 are never served spirits"
cl(T, aq, "Guests under 18 are never served spirits at our bar, even with a parent's permission", "under 18", 18, None, "year", ">=", "guest served spirits", "minimum age", "limit")

# event team notes (9 answers)
aq = "Seated dinners in the barn are limited to 120 people"
cl(M, aq, "Seated dinners in the barn are limited to 120 people", "120 people", None, 120, "people", "<=", "barn hall, seated dinner", "most seated guests", "limit")
aq = "Wedding guests have 60 parking spaces"
cl(M, aq, "Wedding guests have 60 parking spaces at the farm, all free of charge", "60 parking spaces", 60, 60, "cars", "=", "car park", "number of parking spaces", "count")
aq = "The Emmental dinner menu is Fr. 85.50 per head"
sq = f"The Emmental dinner menu is Fr. 85.50 per head, so a party of 80 guests comes to Fr. 6'540.{D} for food"
cl(M, aq, sq, "Fr. 85.50 per head", 85.5, 85.5, "CHF/person", "=", "Emmental dinner menu", "price per guest", "price")
cl(M, aq, sq, "80 guests", 80, 80, "people", "=", "example party", "guests", "count")
cl(M, aq, sq, f"Fr. 6'540.{D}", 6540, 6540, "CHF", "=", "Emmental dinner menu for 80 guests", "total price", "price")
aq = "(2023) Saturday hire of the barn hall"
cl(M, aq, f"(2023) Saturday hire of the barn hall is Fr. 3'900.{D}, cleaning included", f"Fr. 3'900.{D}", 3900, 3900, "CHF", "=", "barn hire on a Saturday", "hire fee", "price")
aq = "From November to March a double room"
cl(M, aq, f"From November to March a double room is Fr. 140.{D} a night, breakfast included", f"Fr. 140.{D} a night", 140, 140, "CHF/night", "=", "double room, November to March", "price per night", "price")
aq = "Allow 15 minutes for the shuttle"
cl(M, aq, "Allow 15 minutes for the shuttle between the station and the farm", "15 minutes", 15, 15, "minute", "=", "shuttle between the station and the farm", "ride time", "duration")
aq = "Book a Sunday wedding in January or February"
sq = f"Book a Sunday wedding in January or February and you get 15% off, so a Fr. 2'200.{D} hire becomes Fr. 1'870.{D}"
cl(M, aq, sq, "15% off", 15, 15, "%", "=", "Sunday wedding in January or February", "discount", "percentage")
cl(M, aq, sq, f"Fr. 2'200.{D}", 2200, 2200, "CHF", "=", "example Sunday hire", "full price", "price")
cl(M, aq, sq, f"Fr. 1'870.{D}", 1870, 1870, "CHF", "=", "example Sunday hire with the discount", "discounted price", "price")
aq = "Setting up the barn for a wedding takes 2 to 4 hours"
cl(M, aq, "Setting up the barn for a wedding takes 2 to 4 hours, depending on the decorations", "2 to 4 hours", 2, 4, "hour", "=", "setting up the barn", "time needed", "duration")
aq = "The photo session in the orchard usually takes about 45 minutes"
cl(M, aq, "The photo session in the orchard usually takes about 45 minutes", "about 45 minutes", 45, 45, "minute", "~", "photo session in the orchard", "time taken", "duration")

# Trilium page (10 answers)
aq = "On a Friday the barn hall rents for 3'100 CHF"
cl(H, aq, "On a Friday the barn hall rents for 3'100 CHF", "3'100 CHF", 3100, 3100, "CHF", "=", "barn hire on a Friday", "hire fee", "price")
aq = "As of 2025, cancelling within 3 months"
sq = "As of 2025, cancelling within 3 months costs 75% of the hire fee"
cl(H, aq, sq, "3 months", 3, 3, "month", "=", "cancellation", "notice period before the date", "duration")
cl(H, aq, sq, "75% of the hire fee", 75, 75, "%", "=", "cancellation within 3 months", "cancellation charge", "percentage")
aq = "An extra hour of service costs 45 CHF per waiter"
cl(H, aq, "An extra hour of service costs 45 CHF per waiter on normal days", "45 CHF per waiter", 45, 45, "CHF/hour", "=", "extra hour of a waiter on a normal day", "price per hour", "price")
aq = "Only guests aged 18 or older are served spirits"
cl(H, aq, "Only guests aged 18 or older are served spirits at the bar", "aged 18 or older", 18, None, "year", ">=", "guest served spirits", "minimum age", "limit")
aq = "The late-night snack used to cost 9 CHF"
cl(H, aq, "The late-night snack used to cost 9 CHF per guest before 2024", "9 CHF per guest", 9, 9, "CHF/person", "=", "late-night snack before 2024", "old price per guest", "price")
aq = "The barn hall seats up to 140 guests"
cl(H, aq, "The barn hall seats up to 140 guests at round tables", "up to 140 guests", None, 140, "people", "<=", "barn hall, seated dinner", "most seated guests", "limit")
cl(H, aq, "Its floor measures 310 square metres, dance floor included", "310 square metres", 310, 310, "m2", "=", "barn hall", "floor area", "other")
aq = "(2022) Eichmatt has 9 guest rooms"
cl(H, aq, "(2022) Eichmatt has 9 guest rooms in the old farmhouse", "9 guest rooms", 9, 9, "rooms", "=", "Hof Eichmatt", "number of guest rooms", "count")
aq = "From April to October a double room costs 190 CHF"
cl(H, aq, "From April to October a double room costs 190 CHF per night", "190 CHF per night", 190, 190, "CHF/night", "=", "double room, April to October", "price per night", "price")
cl(H, aq, "On wedding weekends we let rooms for at least 2 nights", "at least 2 nights", 2, None, "night", ">=", "guest room on a wedding weekend", "minimum stay", "limit")
aq = "Each shuttle trip to Langnau station"
cl(H, aq, "Each shuttle trip to Langnau station is billed at 240 CHF", "240 CHF", 240, 240, "CHF/trip", "=", "shuttle to Langnau station", "price per trip", "price")
cl(H, aq, "The bus takes up to 30 passengers at a time", "up to 30 passengers", None, 30, "people", "<=", "shuttle bus", "passengers per trip", "limit")
aq = "The shuttle ride to the station takes a quarter of an hour"
cl(H, aq, "The shuttle ride to the station takes a quarter of an hour", "a quarter of an hour", 0.25, 0.25, "hour", "=", "shuttle between the station and the farm", "ride time", "duration")

# Directus answers (11 answers)
aq = "(2022) Calling off less than 3 months ahead"
sq = "(2022) Calling off less than 3 months ahead forfeits 50% of the hire fee, and the deposit is never refunded"
cl(J, aq, sq, "3 months", 3, 3, "month", "=", "cancellation", "notice period before the date", "duration")
cl(J, aq, sq, "50% of the hire fee", 50, 50, "%", "=", "cancellation within 3 months", "cancellation charge", "percentage")
aq = "As of 2025, renting the barn on a Saturday"
cl(J, aq, "As of 2025, renting the barn on a Saturday costs CHF 4'600, including cleaning and the coordinator", "CHF 4'600", 4600, 4600, "CHF", "=", "barn hire on a Saturday", "hire fee", "price")
aq = "It depends on your choices."
cl(J, aq, "For example, a couple booking every room might spend CHF 32'000", "CHF 32'000", 32000, 32000, "CHF", "=", "example wedding with every room booked", "total spend", "price", True)
aq = "The drinks package is CHF 42 per guest"
sq = "The drinks package is CHF 42 per guest for the evening, so 95 guests come to CHF 3'690 in total"
cl(J, aq, sq, "CHF 42 per guest", 42, 42, "CHF/person", "=", "drinks package", "price per guest", "price")
cl(J, aq, sq, "95 guests", 95, 95, "people", "=", "example party", "guests", "count")
cl(J, aq, sq, "CHF 3'690", 3690, 3690, "CHF", "=", "drinks package for 95 guests", "total price", "price")
aq = "Yes. Bringing your own wine costs CHF 18"
cl(J, aq, "Bringing your own wine costs CHF 18 for every bottle we open, glasses and service included", "CHF 18 for every bottle", 18, 18, "CHF/bottle", "=", "corkage on the couple's own wine", "corkage per bottle", "price")
aq = "The festive menu costs CHF 112 per guest"
cl(J, aq, "The festive menu costs CHF 112 per guest, with a cheese course from the alp", "CHF 112 per guest", 112, 112, "CHF/person", "=", "festive menu", "price per guest", "price")
aq = "Farmhouse Aperitif Deluxe costs CHF 31.50 per guest"
cl(J, aq, "Farmhouse Aperitif Deluxe costs CHF 31.50 per guest and adds a cheese board and local beer on tap", "CHF 31.50 per guest", 31.5, 31.5, "CHF/person", "=", "Farmhouse Aperitif Deluxe", "price per guest", "price")
aq = "On public holidays each waiter's extra hour"
cl(J, aq, "On public holidays each waiter's extra hour is billed at CHF 68", "CHF 68", 68, 68, "CHF/hour", "=", "extra hour of a waiter on a public holiday", "price per hour", "price")
aq = "Chair covers are CHF 4.50 each"
sq = "Chair covers are CHF 4.50 each, so dressing 90 chairs adds CHF 405 to the bill"
cl(J, aq, sq, "CHF 4.50 each", 4.5, 4.5, "CHF/chair", "=", "chair cover", "price per chair", "price")
cl(J, aq, sq, "90 chairs", 90, 90, "chairs", "=", "example party", "chairs dressed", "count")
cl(J, aq, sq, "CHF 405", 405, 405, "CHF", "=", "chair covers for 90 chairs", "total price", "price")
aq = "Our crew usually needs about 3 hours"
cl(J, aq, "Our crew usually needs about 3 hours to dress the barn hall before the guests arrive", "about 3 hours", 3, 3, "hour", "~", "setting up the barn", "time needed", "duration")
aq = "A shuttle run between the farm and Langnau station"
sq = "A shuttle run between the farm and Langnau station, 4 kilometres away, costs CHF 180"
cl(J, aq, sq, "4 kilometres", 4, 4, "km", "=", "Langnau station from the farm", "distance", "other")
cl(J, aq, sq, "CHF 180", 180, 180, "CHF/trip", "=", "shuttle to Langnau station", "price per trip", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
