#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the festival domain (Ironbark Hollow Festival)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "know-before-you-go.txt", "info-tent-handbook.md", "festival-faq.html", "help-center-articles.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The Lektor FAQ page says every camping pass includes a 6 by 6 metre site, hot showers, drinking water and phone charging, while the newsletter says the camping pass covers a site and hot showers but phone charging is extra.",
  "what a camping pass includes", side(H, "includes a 6 by 6 metre site, hot showers, drinking water and phone charging"), side(T, "camping pass covers a site and the shared hot showers, but phone charging is extra")),
 ("list", "The handbook says bars take card, phone payments and cash, while the help-center article says all bars and food stalls are cashless (card or phone wallet only).",
  "payment methods accepted at the bars", side(M, "Bars take card, phone payments and cash"), side(J, "All bars and food stalls are cashless, so bring a card or a phone wallet")),
 ("list", "The Lektor FAQ page runs shuttles from Mudgee, Gulgong and Rylstone, while the help-center article says shuttle pick-ups are in Mudgee and Gulgong only.",
  "towns the festival shuttles leave from", side(H, "Festival shuttles run from Mudgee, Gulgong and Rylstone"), side(J, "Shuttle pick-ups are in Mudgee and Gulgong only")),
 # polarity
 ("polarity", "The newsletter says wristbands let you leave the arena and come back as often as you like, while the handbook says a wristband can't be scanned back in once its wearer exits the arena.",
  "re-entry to the arena", side(T, "leave the arena and come back in as often as you like"), side(M, "Once a punter exits the arena, their wristband can't be scanned back in")),
 ("polarity", "The help-center article welcomes dogs on a lead in the campgrounds, while the Lektor FAQ page allows no pets anywhere on site, campgrounds included.",
  "dogs in the campgrounds", side(J, "Well-behaved dogs on a lead are welcome in the campgrounds"), side(H, "No pets are allowed anywhere on site, including the campgrounds")),
 ("polarity", "The newsletter promises a full refund if extreme weather cancels the festival, while the handbook says tickets aren't refunded when the event is called off because of weather.",
  "refunds when the festival is cancelled for weather", side(T, "extreme weather forces us to cancel the festival, every ticket holder gets a full refund"), side(M, "Tickets aren't refunded when the event is called off because of weather")),
 # numeric
 ("numeric", "The Lektor FAQ page lets festival-goers aged 16 and over attend without a parent or guardian, while the help-center article says anyone under 18 must be with a parent or guardian.",
  "minimum age to attend without a parent or guardian", side(H, "Festival-goers aged 16 and over can attend without a parent or guardian"), side(J, "Anyone under 18 must be with a parent or guardian at all times")),
 ("numeric", "The newsletter says changing the name on a ticket costs $10, while the help-center article charges $15 per ticket for a name transfer.",
  "fee for changing the name on a ticket", side(T, "Changing the name on a ticket costs $10"), side(J, "A name transfer is charged at $15 per ticket")),
 ("numeric", "The handbook lets each camper bring at most 12 cans into the campground, while the Lektor FAQ page sets the BYO limit at 24 cans per person.",
  "BYO alcohol limit per camper", side(M, "Each camper can bring a maximum of 12 cans into the campground"), side(H, "The BYO limit for campers is 24 cans of beer or premix per person")),
 ("numeric", "The help-center article says replacing a lost or damaged wristband costs $50, while the newsletter says a replacement wristband is $25.",
  "price of a replacement wristband", side(J, "Replacing a lost or damaged wristband costs $50"), side(T, "A replacement wristband is $25 at the box office")),
 # arithmetic
 ("arithmetic", "$250 plus 10% GST is $275, not $265.",
  "VIP upgrade price including GST", side(H, "The VIP upgrade is $250 plus 10% GST"), side(H, "which comes to $265 all up")),
 ("arithmetic", "Three nights at $45 a night is $135, not $125.",
  "car camping price for the three nights", side(M, "Car camping is $45 per vehicle per night"), side(M, "so the full three nights comes to $125")),
 ("arithmetic", "36 km at an average of 60 km/h takes 36 minutes, not about 25 minutes.",
  "shuttle travel time from Mudgee", side(T, "Shuttles cover the 36 km from Mudgee at an average of 60 km/h"), side(T, "so the trip takes about 25 minutes each way")),
 # stale
 ("stale", "A 2023 help-center article prices a three-day GA ticket at $349, while the 2025 newsletter prices the three-day general admission pass at A$389.",
  "price of a three-day general admission ticket", side(J, "(2023) A three-day GA ticket costs $349"), side(T, "For 2025, a three-day general admission pass is A$389")),
 ("stale", "A 2022 help-center article says the festival has three stages, while the handbook says there have been five stages since 2024.",
  "number of stages", side(J, "(2022) The festival has three stages"), side(M, "Since 2024, there have been five stages")),
 ("stale", "A 2023 handbook entry caps capacity at 12,000 people a day, while the Lektor FAQ page says that as of 2025 the licence allows 15,000 patrons a day.",
  "daily crowd capacity", side(M, "(2023) Capacity is capped at 12,000 people a day"), side(H, "As of 2025, the licence allows 15,000 patrons each day")),
]

traps = [
 ("Different condition (day of the festival): Saturday day tickets are $169, Friday and Sunday day tickets $139.",
  side(J, "Saturday day tickets are $169, and that includes GST"), side(M, "Friday and Sunday day tickets cost $139 each")),
 ("Different region (pick-up town): the Mudgee shuttle is $30 return, the Gulgong shuttle $20 return.",
  side(H, "A return seat on the shuttle from Mudgee is $30"), side(T, "The Gulgong shuttle costs $20 return")),
 ("Different tier: unpowered campervan sites are $180 for the weekend, powered sites $260.",
  side(M, "Unpowered campervan sites are $180 for the weekend"), side(J, "Powered campervan sites cost $260 for the weekend")),
 ("Different size: a small locker is $35 for the weekend, a large locker $55.",
  side(T, "A small locker is $35 for the whole weekend"), side(H, "Large lockers cost $55 for the weekend")),
 ("Similarly named products: Easy Tent is $420 for two people, Easy Tent Deluxe (with an air bed, rug and lantern) $640.",
  side(J, "An Easy Tent is $420 for two people"), side(T, "Easy Tent Deluxe is $640 for two people")),
 ("Same value in other units: 1.5 litres is 1,500 mL.",
  side(H, "Plastic water bottles up to 1.5 litres are allowed in the arena"), side(M, "Any water bottle brought into the arena must hold no more than 1,500 mL")),
 ("Correct computation: five bags of ice at $6 each are $30.",
  side(J, "Ice bags are $6 each at the general store"), side(J, "so five bags cost $30 for the weekend")),
 ("Correct percentage: 15% off $280 is $238.",
  side(H, "Pensioners and full-time students get 15% off a Sunday Family Pass"), side(H, "so the $280 pass comes down to $238")),
 ("A range containing the other value: 10 to 15 minutes contains about 12 minutes.",
  side(M, "The walk from the campground to the arena takes 10 to 15 minutes"), side(T, "the walk to the main arena is about 12 minutes")),
 ("A hedged example ('For example ... might') of the last shuttle on Sunday night (45 minutes to board) vs the usual queue (about 15 minutes).",
  side(J, "Most of the time the shuttle queue clears in about 15 minutes"), side(H, "For example, the last shuttle out on Sunday night might take 45 minutes to board")),
 ("An old value marked as old: printed programs used to be $5 before 2024; a program is $8 now.",
  side(M, "Printed programs used to be $5 before 2024"), side(J, "A printed program is $8 at the merch tent")),
 ("'Up to' vs a typical value: the main gate queue can take up to 90 minutes on Friday afternoon, most people get through in about 20 minutes.",
  side(T, "On Friday afternoon the main gate queue can take up to 90 minutes"), side(M, "Most people get through the gates in about 20 minutes")),
 ("An open list ('diets such as vegan, gluten-free, halal and dairy-free') with an extra item (kosher meals).",
  side(H, "Our food stalls cater for diets such as vegan, gluten-free, halal and dairy-free"), side(J, "You'll find kosher meals at the Night Market")),
 ("The same rule in both directions: children under 10 get in free / only kids aged 10 and over need a ticket.",
  side(M, "Children under 10 get in free with a ticketed adult"), side(T, "Only kids aged 10 and over need their own ticket")),
]

DOMAIN = ("Ironbark Hollow Festival, a fictional three-day outdoor music festival on a property outside Mudgee, New South Wales, "
          "Australia (prices in Australian dollars, GST included unless a price says 'plus GST', written $389, A$389): "
          "three-day, day and family tickets and concessions, the VIP upgrade, name changes and replacement wristbands, "
          "refunds when weather cancels the festival, age rules for children and teenagers, camping passes, car camping, "
          "campervan sites, Easy Tent pre-pitched tents, BYO alcohol, lockers, ice, shuttle buses from nearby towns, "
          "entry queues, re-entry, bag and water-bottle rules, bars and payment, food for special diets, stages, "
          "capacity, programs, dogs, shade, accessibility, medical tent and lost property.")
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

# newsletter, Campaign Monitor plain text (11 answers)
aq = "For 2025, a three-day general admission pass is A$389"
cl(T, aq, "For 2025, a three-day general admission pass is A$389 including GST and booking fees, and there are still a few left for your mates", "A$389", 389, 389, "AUD", "=", "three-day general admission pass", "price", "price")
aq = "Changing the name on a ticket costs $10"
sq = "Changing the name on a ticket costs $10 in your ticketing account, and you can do it up to 48 hours before the gates open"
cl(T, aq, sq, "$10", 10, 10, "AUD", "=", "changing the name on a ticket", "name change fee", "price")
cl(T, aq, sq, "up to 48 hours before", 48, None, "hour", ">=", "changing the name on a ticket", "notice required before the gates open", "limit")
aq = "Lost your wristband? A replacement wristband is $25"
cl(T, aq, "A replacement wristband is $25 at the box office, and you'll need photo ID that matches the name on the ticket", "$25", 25, 25, "AUD", "=", "replacement wristband", "price", "price")
aq = "Shuttles cover the 36 km from Mudgee"
sq = "Shuttles cover the 36 km from Mudgee at an average of 60 km/h, so the trip takes about 25 minutes each way"
cl(T, aq, sq, "36 km", 36, 36, "km", "=", "shuttle route from Mudgee", "distance", "other")
cl(T, aq, sq, "60 km/h", 60, 60, "km/h", "=", "shuttle from Mudgee", "average speed", "other")
cl(T, aq, sq, "about 25 minutes", 25, 25, "minute", "~", "shuttle trip from Mudgee", "travel time", "duration")
aq = "The Gulgong shuttle costs $20 return"
cl(T, aq, "The Gulgong shuttle costs $20 return and leaves from the Town Hall on Herbert Street", "$20 return", 20, 20, "AUD", "=", "shuttle from Gulgong", "return fare", "price")
aq = "A small locker is $35 for the whole weekend"
cl(T, aq, "A small locker is $35 for the whole weekend and fits a backpack and a sleeping bag", "$35", 35, 35, "AUD", "=", "small locker for the weekend", "hire price", "price")
aq = "Easy Tent Deluxe is $640 for two people"
sq = "Easy Tent Deluxe is $640 for two people and adds a queen air bed, a rug and a lantern to the pitched tent"
cl(T, aq, sq, "$640", 640, 640, "AUD", "=", "Easy Tent Deluxe", "price", "price")
cl(T, aq, sq, "two people", 2, 2, "people", "=", "Easy Tent Deluxe", "people per tent", "count")
aq = "From the campground, the walk to the main arena"
cl(T, aq, "From the campground, the walk to the main arena is about 12 minutes along the lit track", "about 12 minutes", 12, 12, "minute", "~", "walk from the campground to the arena", "walking time", "duration")
aq = "On Friday afternoon the main gate queue"
cl(T, aq, "On Friday afternoon the main gate queue can take up to 90 minutes, so come early if you can", "up to 90 minutes", None, 90, "minute", "<=", "main gate queue on Friday afternoon", "waiting time", "duration")
aq = "Only kids aged 10 and over need their own ticket"
cl(T, aq, "Only kids aged 10 and over need their own ticket, and every child gets a wristband with a parent's phone number on it", "aged 10 and over", 10, None, "year", ">=", "child at the festival", "age from which a ticket is needed", "limit")
aq = "The medical tent beside the Hub is staffed 24 hours a day"
cl(T, aq, "The medical tent beside the Hub is staffed 24 hours a day from Friday morning until the campgrounds close", "24 hours a day", 24, 24, "hour/day", "=", "medical tent", "staffed hours", "duration")

# info tent handbook (13 answers)
aq = "Bars take card, phone payments and cash."
cl(M, aq, "The ATM next to the Hub charges a $3 fee, so mention it before people queue", "$3 fee", 3, 3, "AUD", "=", "ATM next to the Hub", "withdrawal fee", "price")
aq = "Each camper can bring a maximum of 12 cans"
cl(M, aq, "Each camper can bring a maximum of 12 cans into the campground", "a maximum of 12 cans", None, 12, "cans", "<=", "camper's BYO alcohol", "BYO limit per camper", "limit")
aq = "Since 2024, there have been five stages"
cl(M, aq, "Since 2024, there have been five stages, and the Gully Stage is the furthest from the main gate", "five stages", 5, 5, "stages", "=", "Ironbark Hollow Festival", "number of stages", "count")
aq = "(2023) Capacity is capped at 12,000 people a day"
cl(M, aq, "(2023) Capacity is capped at 12,000 people a day under the council licence", "12,000 people a day", 12000, 12000, "people/day", "=", "Ironbark Hollow Festival", "daily capacity", "count")
aq = "Car camping is $45 per vehicle per night"
sq = "Car camping is $45 per vehicle per night, so the full three nights comes to $125"
cl(M, aq, sq, "$45 per vehicle per night", 45, 45, "AUD/night", "=", "car camping", "price per vehicle per night", "price")
cl(M, aq, sq, "the full three nights", 3, 3, "nights", "=", "car camping for the festival", "nights", "count")
cl(M, aq, sq, "$125", 125, 125, "AUD", "=", "car camping for three nights", "total price", "price")
aq = "Friday and Sunday day tickets cost $139 each"
cl(M, aq, "Friday and Sunday day tickets cost $139 each, and they don't include camping", "$139 each", 139, 139, "AUD", "=", "Friday or Sunday day ticket", "price", "price")
aq = "Unpowered campervan sites are $180 for the weekend"
sq = "Unpowered campervan sites are $180 for the weekend, with room for one van and an annex"
cl(M, aq, sq, "$180", 180, 180, "AUD", "=", "unpowered campervan site for the weekend", "price", "price")
cl(M, aq, sq, "one van", 1, 1, "vans", "=", "unpowered campervan site", "vans per site", "count")
aq = "Any water bottle brought into the arena"
cl(M, aq, "Any water bottle brought into the arena must hold no more than 1,500 mL", "no more than 1,500 mL", None, 1500, "mL", "<=", "water bottle brought into the arena", "maximum size", "limit")
aq = "The walk from the campground to the arena takes 10 to 15 minutes"
cl(M, aq, "The walk from the campground to the arena takes 10 to 15 minutes, a little longer after rain", "10 to 15 minutes", 10, 15, "minute", "=", "walk from the campground to the arena", "walking time", "duration")
aq = "Printed programs used to be $5 before 2024."
cl(M, aq, "Printed programs used to be $5 before 2024", "$5", 5, 5, "AUD", "=", "printed program before 2024", "old price", "price")
aq = "Most people get through the gates in about 20 minutes"
cl(M, aq, "Most people get through the gates in about 20 minutes once the bag check is running", "about 20 minutes", 20, 20, "minute", "~", "entry queue at the gates", "waiting time", "duration")
aq = "Children under 10 get in free with a ticketed adult."
cl(M, aq, "Children under 10 get in free with a ticketed adult", "under 10", 10, None, "year", ">=", "child at the festival", "age from which a ticket is needed", "limit")
aq = "Lost property is kept at the Hub until Monday noon"
cl(M, aq, "Lost property is kept at the Hub until Monday noon, then held at the Mudgee office for 30 days", "30 days", 30, 30, "day", "=", "lost property at the Mudgee office", "holding period", "duration")

# FAQ page, Lektor (10 answers)
aq = "The VIP upgrade is $250 plus 10% GST"
sq = "The VIP upgrade is $250 plus 10% GST, which comes to $265 all up, and it gets you onto the shaded VIP deck with its own bar and toilets"
cl(H, aq, sq, "$250", 250, 250, "AUD", "=", "VIP upgrade", "price before GST", "price")
cl(H, aq, sq, "10% GST", 10, 10, "%", "=", "VIP upgrade", "GST rate", "percentage")
cl(H, aq, sq, "$265", 265, 265, "AUD", "=", "VIP upgrade", "price including GST", "price")
aq = "Pensioners and full-time students get 15% off"
sq = "Pensioners and full-time students get 15% off a Sunday Family Pass, so the $280 pass comes down to $238"
cl(H, aq, sq, "15% off", 15, 15, "%", "=", "Sunday Family Pass for pensioners and students", "concession discount", "percentage")
cl(H, aq, sq, "$280", 280, 280, "AUD", "=", "Sunday Family Pass", "full price", "price")
cl(H, aq, sq, "$238", 238, 238, "AUD", "=", "Sunday Family Pass with a concession", "discounted price", "price")
aq = "Festival-goers aged 16 and over can attend"
cl(H, aq, "Festival-goers aged 16 and over can attend without a parent or guardian, as long as they carry photo ID", "aged 16 and over", 16, None, "year", ">=", "festival-goer without a parent or guardian", "minimum age to attend without a parent or guardian", "limit")
aq = "As of 2025, the licence allows 15,000 patrons each day"
cl(H, aq, "As of 2025, the licence allows 15,000 patrons each day, so there's plenty of room in front of every stage", "15,000 patrons each day", 15000, 15000, "people/day", "=", "Ironbark Hollow Festival", "daily capacity", "count")
aq = "The BYO limit for campers is 24 cans"
cl(H, aq, "The BYO limit for campers is 24 cans of beer or premix per person, and glass is never allowed", "24 cans", None, 24, "cans", "<=", "camper's BYO alcohol", "BYO limit per camper", "limit")
aq = "Large lockers cost $55 for the weekend"
cl(H, aq, "Large lockers cost $55 for the weekend and have a charging point inside, so your phone is full when you pick it up", "$55", 55, 55, "AUD", "=", "large locker for the weekend", "hire price", "price")
aq = "A return seat on the shuttle from Mudgee is $30"
cl(H, aq, "A return seat on the shuttle from Mudgee is $30, and you can add it when you buy your ticket", "$30", 30, 30, "AUD", "=", "shuttle from Mudgee", "return fare", "price")
aq = "For example, the last shuttle out on Sunday night"
cl(H, aq, "For example, the last shuttle out on Sunday night might take 45 minutes to board, because everyone wants to leave at once", "45 minutes", 45, 45, "minute", "=", "last shuttle on Sunday night", "waiting time to board", "duration", True)
aq = "Plastic water bottles up to 1.5 litres"
cl(H, aq, "Plastic water bottles up to 1.5 litres are allowed in the arena, and the refill stations are free", "up to 1.5 litres", None, 1.5, "L", "<=", "water bottle brought into the arena", "maximum size", "limit")
aq = "Shade sails cover the front of the main stage"
cl(H, aq, "Shade sails cover the front of the main stage, and the medical tent hands out free SPF 50 sunscreen all weekend", "SPF 50", 50, 50, "SPF", "=", "free sunscreen from the medical tent", "sun protection factor", "other")

# help-center articles, Featurebase JSON (11 answers)
aq = "(2023) A three-day GA ticket costs $349"
cl(J, aq, "(2023) A three-day GA ticket costs $349, including the booking fee", "$349", 349, 349, "AUD", "=", "three-day general admission pass", "price", "price")
aq = "Saturday day tickets are $169"
cl(J, aq, "Saturday day tickets are $169, and that includes GST", "$169", 169, 169, "AUD", "=", "Saturday day ticket", "price", "price")
aq = "A name transfer is charged at $15 per ticket"
cl(J, aq, "A name transfer is charged at $15 per ticket and is done in your ticketing account", "$15 per ticket", 15, 15, "AUD", "=", "changing the name on a ticket", "name change fee", "price")
aq = "Anyone under 18 must be with a parent or guardian"
cl(J, aq, "Anyone under 18 must be with a parent or guardian at all times, and the guardian needs a ticket of their own", "under 18", 18, None, "year", ">=", "festival-goer without a parent or guardian", "minimum age to attend without a parent or guardian", "limit")
aq = "Replacing a lost or damaged wristband costs $50"
cl(J, aq, "Replacing a lost or damaged wristband costs $50, and the old one is cancelled straight away so nobody else can use it", "$50", 50, 50, "AUD", "=", "replacement wristband", "price", "price")
aq = "Powered campervan sites cost $260 for the weekend"
sq = "Powered campervan sites cost $260 for the weekend and come with a 10 amp outlet"
cl(J, aq, sq, "$260", 260, 260, "AUD", "=", "powered campervan site for the weekend", "price", "price")
cl(J, aq, sq, "10 amp", 10, 10, "A", "=", "powered campervan site", "outlet rating", "other")
aq = "An Easy Tent is $420 for two people"
sq = "An Easy Tent is $420 for two people, set up and waiting when you arrive"
cl(J, aq, sq, "$420", 420, 420, "AUD", "=", "Easy Tent", "price", "price")
cl(J, aq, sq, "two people", 2, 2, "people", "=", "Easy Tent", "people per tent", "count")
aq = "Ice bags are $6 each at the general store"
sq = "Ice bags are $6 each at the general store, so five bags cost $30 for the weekend"
cl(J, aq, sq, "$6 each", 6, 6, "AUD", "=", "bag of ice", "price per bag", "price")
cl(J, aq, sq, "five bags", 5, 5, "bags", "=", "example ice purchase", "bags of ice", "count")
cl(J, aq, sq, "$30", 30, 30, "AUD", "=", "five bags of ice", "total price", "price")
aq = "Most of the time the shuttle queue clears in about 15 minutes"
cl(J, aq, "Most of the time the shuttle queue clears in about 15 minutes, and buses keep running until the queue is gone", "about 15 minutes", 15, 15, "minute", "~", "shuttle queue", "waiting time to board", "duration")
aq = "(2022) The festival has three stages"
cl(J, aq, "(2022) The festival has three stages: the Main Stage, the Gully Stage and the Woolshed", "three stages", 3, 3, "stages", "=", "Ironbark Hollow Festival", "number of stages", "count")
aq = "A printed program is $8 at the merch tent"
cl(J, aq, "A printed program is $8 at the merch tent, and the app has the same set times for free", "$8", 8, 8, "AUD", "=", "printed program", "price", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
