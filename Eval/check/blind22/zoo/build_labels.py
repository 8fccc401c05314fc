#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the zoo domain (Banksia Ridge Zoo)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "visitor-answers.txt", "gate-team-handbook.md", "plan-your-visit.html", "faq-entries.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The visitor answers say the Zoo Pass covers entry, car parking and road train rides, while the handbook says pass holders get free admission and parking but pay for the road train.",
  "what the Zoo Pass includes", side(T, "Your Zoo Pass covers entry, car parking and as many road train rides"), side(M, "Pass holders get free admission and free parking, but the road train is not included")),
 ("list", "The Google Docs page runs Junior Keeper camps in the autumn, winter and spring school holidays, while the FAQ entry says the kids' holiday programme runs in the autumn and winter breaks only.",
  "school holidays with Junior Keeper camps", side(H, "Junior Keeper camps run in the autumn, winter and spring school holidays"), side(J, "Our kids' holiday programme only runs during the autumn and winter school breaks")),
 ("list", "The Google Docs page lends wheelchairs, mobility scooters and prams, while the handbook says the only mobility aids lent are wheelchairs and prams.",
  "mobility equipment visitors can borrow", side(H, "Wheelchairs, mobility scooters and prams can be borrowed from the Visitor Centre"), side(M, "The only mobility aids we lend are wheelchairs and prams")),
 # polarity
 ("polarity", "The visitor answers welcome dogs on a short lead on the main paths, while the Google Docs page lets no pets in apart from assistance dogs.",
  "pet dogs in the zoo", side(T, "Well-behaved dogs on a short lead are welcome on the main paths"), side(H, "Apart from assistance dogs, no pets may enter the zoo")),
 ("polarity", "The handbook lets visitors bring a packed lunch to eat on the picnic lawn, while the FAQ entry says food from home cannot be eaten anywhere inside the zoo.",
  "eating food brought from home", side(M, "Visitors are free to bring a packed lunch and eat it on the picnic lawn"), side(J, "Food brought from home cannot be eaten anywhere inside the zoo")),
 ("polarity", "The visitor answers allow re-entry the same day with a hand stamp, while the Google Docs page says a ticket is no longer valid once you go out through the exit.",
  "leaving and coming back in on the same ticket", side(T, "Get your hand stamped at the exit and you can come back in"), side(H, "Once you go out through the exit gates, your ticket is no longer valid")),
 # numeric
 ("numeric", "The handbook puts last admission one hour before closing, while the Google Docs page lets the last visitors in 90 minutes before closing.",
  "last entry before closing time", side(M, "Last admission is one hour before closing time"), side(H, "We let the last visitors in 90 minutes before the zoo shuts")),
 ("numeric", "The FAQ entry opens Keeper for a Day to anyone aged 12 and over, while the visitor answers say you must be at least 14 to work a day alongside the keepers.",
  "minimum age for Keeper for a Day", side(J, "Keeper for a Day is open to anyone aged 12 and over"), side(T, "You need to be at least 14 to spend a day working alongside our keepers")),
 ("numeric", "The visitor answers charge $8 per car for parking, while the FAQ entry gives a car park charge of $10 a vehicle.",
  "daily car park charge", side(T, "Parking costs $8 per car for the whole day"), side(J, "the car park charge is $10 a vehicle")),
 ("numeric", "The Google Docs page gives 10% off for renewing a pass before it expires, while the handbook gives members who renew on time 15% off.",
  "discount for renewing a Zoo Pass on time", side(H, "Renew before your pass expires and you save 10%"), side(M, "Members who renew on time get 15% off the new pass")),
 # arithmetic
 ("arithmetic", "10 x $28 + $60 is $340, not $360.",
  "price of a birthday party for 10 children", side(T, "A party for 10 children at $28 each, plus $60 for the party room"), side(T, "comes to $360 with cake and a keeper visit included")),
 ("arithmetic", "One free adult per 8 students gives 32 / 8 = 4 free teachers, not 5.",
  "free teacher places for a class of 32", side(M, "one free adult for every 8 students, so a class of 32"), side(M, "brings 5 teachers in free of charge")),
 ("arithmetic", "25 + 10 minutes is 35 minutes, not 40.",
  "length of a full road train ride", side(J, "The train's loop takes 25 minutes plus a 10-minute stop at the lake"), side(J, "so allow 40 minutes for the full ride")),
 # stale
 ("stale", "A 2022 answer prices adult entry at $32, while a 2025 answer says a grown-up's day ticket has been $38.",
  "adult day ticket price", side(H, "(2022) Adult entry costs $32, and children under four get in free"), side(J, "Since 2025, a day ticket for a grown-up has been $38")),
 ("stale", "A 2023 entry prices a single Zoo Pass at $99 a year, while a 2025 answer says annual membership for one person costs $125.",
  "yearly price of a one-person Zoo Pass", side(M, "(2023) A single Zoo Pass is $99 a year"), side(T, "As of 2025, annual membership for one person costs $125")),
 ("stale", "A 2022 record says the zoo is home to 85 species, while a 2025 answer says it cares for 110 different species.",
  "number of species at the zoo", side(J, "(2022) The zoo is home to 85 species"), side(H, "As of 2025, we care for 110 different species")),
]

traps = [
 ("Different condition (day of the week): Keeper for a Day is $195 on a weekday and $240 at weekends.",
  side(T, "Keeper for a Day costs $195 on a weekday"), side(M, "Weekend Keeper for a Day bookings are $240")),
 ("Different visitor type: adult groups of 15 or more pay $30 a head, students on a school excursion pay $16.",
  side(M, "Adult groups of 15 or more pay $30 a head"), side(J, "Students on a booked school excursion pay $16 each")),
 ("Different age group: the penguin encounter is $45 for children aged 5 to 15 and $69 for adults.",
  side(T, "Children aged 5 to 15 pay $45 for the penguin encounter"), side(H, "The penguin encounter costs $69 for adults")),
 ("Different tier: a Bronze adoption is $40 a year, a Gold adoption $150.",
  side(M, "A Bronze animal adoption is $40 a year"), side(T, "Gold adoptions cost $150 and include a behind-the-scenes visit")),
 ("Similarly named tours: the Twilight Tour is $35, Twilight Tour Plus (with dinner) $79.",
  side(H, "The Twilight Tour is $35 per person"), side(J, "Twilight Tour Plus tickets are $79 and include a two-course dinner")),
 ("Same value in other units: 40 hectares is about 99 acres, i.e. about 100 acres.",
  side(T, "The zoo covers 40 hectares of bushland, so wear comfortable shoes"), side(M, "Tell guests the grounds are about 100 acres")),
 ("Correct computation: three tickets at $6 are $18.",
  side(H, "Three road train tickets at $6 each"), side(H, "come to $18, and the train stops at every major habitat")),
 ("Correct percentage: 25% off $60 is $45.",
  side(J, "Every Tuesday the gift shop takes 25% off"), side(J, "so a $60 basket of souvenirs comes to $45")),
 ("About 25 minutes lies inside the 20 to 30 minute range.",
  side(M, "The sea lion show runs for 20 to 30 minutes"), side(H, "The sea lion presentation lasts about 25 minutes")),
 ("Seven hours is a hedged example ('For example ... might'), not the typical visit of about four hours.",
  side(T, "Most families spend about four hours with us"), side(J, "For example, if you catch every keeper talk you might be here for seven hours")),
 ("The $8 guidebook price is explicitly the price before the 2024 price review; $10 is current.",
  side(M, "Guidebooks used to be $8, before the 2024 price review"), side(T, "The souvenir guidebook is $10 and has a map")),
 ("'Up to 45 minutes' is the longest gate queue, on public holidays; most visitors get through within 10 minutes.",
  side(H, "On public holidays the queue at the main gate can take up to 45 minutes"), side(M, "Most visitors are through the gate within 10 minutes")),
 ("The list of keeper-talk animals is open ('such as'), so a daily giraffe talk is consistent.",
  side(J, "Keeper talks cover animals such as koalas, penguins, red pandas and meerkats"), side(T, "there's also a giraffe talk at 2pm every day on the savannah deck")),
 ("The same age rule stated in both directions (under 16 must be accompanied / 16 and over may come alone).",
  side(H, "Anyone under 16 must be accompanied by an adult"), side(J, "Visitors aged 16 and over can come in without a grown-up")),
]

DOMAIN = ("Banksia Ridge Zoo, a fictional zoo in the Adelaide Hills, South Australia (prices in Australian dollars "
          "with GST included, written $38): day tickets, the Zoo Pass annual membership and renewals, parking, "
          "re-entry, Keeper for a Day, the penguin encounter, the Twilight Tour and Twilight Tour Plus, animal "
          "adoptions, birthday parties, school and adult group rates, Junior Keeper camps, the road train, the sea "
          "lion show, keeper talks, dogs, picnics, mobility equipment, age rules, gate queues, guidebooks and the "
          "size of the zoo and its collection.")
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

# visitor answers (10 answers)
aq = "Parking costs $8 per car"
cl(T, aq, "Parking costs $8 per car for the whole day, and you pay at the machine beside the exit", "$8 per car", 8, 8, "AUD/car", "=", "car park", "daily parking charge", "price")
aq = "A party for 10 children"
sq = "A party for 10 children at $28 each, plus $60 for the party room, comes to $360 with cake and a keeper visit included"
cl(T, aq, sq, "10 children", 10, 10, "children", "=", "example birthday party", "children invited", "count")
cl(T, aq, sq, "$28 each", 28, 28, "AUD", "=", "birthday party", "price per child", "price")
cl(T, aq, sq, "$60", 60, 60, "AUD", "=", "party room", "hire price", "price")
cl(T, aq, sq, "$360", 360, 360, "AUD", "=", "birthday party for 10 children", "total price", "price")
aq = "You need to be at least 14"
cl(T, aq, "You need to be at least 14 to spend a day working alongside our keepers, because some of the jobs involve heavy lifting", "at least 14", 14, None, "year", ">=", "Keeper for a Day participant", "minimum age", "limit")
aq = "As of 2025, annual membership for one person costs $125"
sq = "As of 2025, annual membership for one person costs $125, and you can join at any ticket window"
cl(T, aq, sq, "one person", 1, 1, "people", "=", "single Zoo Pass", "people covered", "count")
cl(T, aq, sq, "$125", 125, 125, "AUD/year", "=", "single Zoo Pass", "membership price", "price")
aq = "Keeper for a Day costs $195 on a weekday"
cl(T, aq, "Keeper for a Day costs $195 on a weekday, including lunch with the team and a souvenir photo", "$195", 195, 195, "AUD", "=", "Keeper for a Day on a weekday", "price", "price")
aq = "Children aged 5 to 15 pay $45"
sq = "Children aged 5 to 15 pay $45 for the penguin encounter, and they'll need a parent with them"
cl(T, aq, sq, "aged 5 to 15", 5, 15, "year", "=", "child penguin encounter ticket", "eligible age", "limit")
cl(T, aq, sq, "$45", 45, 45, "AUD", "=", "penguin encounter for a child", "price", "price")
aq = "Gold adoptions cost $150"
cl(T, aq, "Gold adoptions cost $150 and include a behind-the-scenes visit to meet your animal", "$150", 150, 150, "AUD", "=", "Gold animal adoption", "price", "price")
aq = "The zoo covers 40 hectares of bushland"
cl(T, aq, "The zoo covers 40 hectares of bushland, so wear comfortable shoes and bring a hat", "40 hectares", 40, 40, "ha", "=", "zoo grounds", "area", "other")
aq = "Most families spend about four hours with us"
cl(T, aq, "Most families spend about four hours with us, including a break for lunch", "about four hours", 4, 4, "hour", "~", "typical family visit", "length of visit", "duration")
aq = "The souvenir guidebook is $10"
cl(T, aq, "The souvenir guidebook is $10 and has a map of every habitat inside the back cover", "$10", 10, 10, "AUD", "=", "souvenir guidebook", "price", "price")

# gate team handbook (11 answers)
aq = "Last admission is one hour before closing time"
cl(M, aq, "Last admission is one hour before closing time, and the ticket windows shut at the same moment", "one hour", 1, 1, "hour", "=", "last admission", "time before closing", "duration")
aq = "Members who renew on time get 15% off"
cl(M, aq, "Members who renew on time get 15% off the new pass", "15% off", 15, 15, "%", "=", "Zoo Pass renewal on time", "discount", "percentage")
aq = "We give one free adult for every 8 students"
sq = "We give one free adult for every 8 students, so a class of 32 brings 5 teachers in free of charge"
cl(M, aq, sq, "one free adult", 1, 1, "people", "=", "school group", "free adult places per ratio", "count")
cl(M, aq, sq, "every 8 students", 8, 8, "students", "=", "school group", "students per free adult", "count")
cl(M, aq, sq, "a class of 32", 32, 32, "students", "=", "example school class", "class size", "count")
cl(M, aq, sq, "5 teachers", 5, 5, "people", "=", "class of 32", "free teacher places", "count")
aq = "(2023) A single Zoo Pass is $99 a year"
cl(M, aq, "(2023) A single Zoo Pass is $99 a year", "$99 a year", 99, 99, "AUD/year", "=", "single Zoo Pass", "membership price", "price")
aq = "Weekend Keeper for a Day bookings are $240"
cl(M, aq, "Weekend Keeper for a Day bookings are $240, and they sell out weeks ahead, so offer a weekday if the guest is flexible", "$240", 240, 240, "AUD", "=", "Keeper for a Day at a weekend", "price", "price")
aq = "Adult groups of 15 or more pay $30 a head"
sq = "Adult groups of 15 or more pay $30 a head"
cl(M, aq, sq, "15 or more", 15, None, "people", ">=", "adult group booking", "group size", "limit")
cl(M, aq, sq, "$30 a head", 30, 30, "AUD", "=", "adult in a group of 15 or more", "ticket price", "price")
aq = "A Bronze animal adoption is $40 a year"
cl(M, aq, "A Bronze animal adoption is $40 a year and comes with a certificate and a photo of the animal", "$40 a year", 40, 40, "AUD/year", "=", "Bronze animal adoption", "price", "price")
aq = "Tell guests the grounds are about 100 acres"
cl(M, aq, "Tell guests the grounds are about 100 acres, and point out the shortcut past the lake if they look tired", "about 100 acres", 100, 100, "acre", "~", "zoo grounds", "area", "other")
aq = "The sea lion show runs for 20 to 30 minutes"
cl(M, aq, "The sea lion show runs for 20 to 30 minutes, depending on how cooperative the animals are feeling", "20 to 30 minutes", 20, 30, "minute", "=", "sea lion show", "length", "duration")
aq = "Guidebooks used to be $8"
cl(M, aq, "Guidebooks used to be $8, before the 2024 price review", "$8", 8, 8, "AUD", "=", "souvenir guidebook before the 2024 price review", "old price", "price")
aq = "Most visitors are through the gate within 10 minutes"
cl(M, aq, "Most visitors are through the gate within 10 minutes", "within 10 minutes", None, 10, "minute", "<=", "main gate queue", "typical wait", "duration")

# plan your visit, Google Docs export (11 answers)
aq = "Junior Keeper camps run in the autumn"
cl(H, aq, "Junior Keeper camps run in the autumn, winter and spring school holidays, for children aged 8 to 12", "aged 8 to 12", 8, 12, "year", "=", "Junior Keeper camp", "eligible age", "limit")
aq = "We let the last visitors in 90 minutes"
cl(H, aq, "We let the last visitors in 90 minutes before the zoo shuts", "90 minutes", 90, 90, "minute", "=", "last admission", "time before closing", "duration")
aq = "Renew before your pass expires"
cl(H, aq, "Renew before your pass expires and you save 10% on next year", "10%", 10, 10, "%", "=", "Zoo Pass renewal before expiry", "discount", "percentage")
aq = "(2022) Adult entry costs $32"
sq = "(2022) Adult entry costs $32, and children under four get in free"
cl(H, aq, sq, "$32", 32, 32, "AUD", "=", "adult day ticket", "ticket price", "price")
cl(H, aq, sq, "under four", None, 4, "year", "<", "free child entry", "age limit for free entry", "limit")
aq = "As of 2025, we care for 110 different species"
sq = "As of 2025, we care for 110 different species, from tiny frogs to our two giraffes"
cl(H, aq, sq, "110 different species", 110, 110, "species", "=", "zoo collection", "species kept", "count")
cl(H, aq, sq, "two giraffes", 2, 2, "animals", "=", "giraffes", "animals kept", "count")
aq = "The penguin encounter costs $69 for adults"
sq = "The penguin encounter costs $69 for adults and includes 20 minutes on the beach with our little penguins"
cl(H, aq, sq, "$69", 69, 69, "AUD", "=", "penguin encounter for an adult", "price", "price")
cl(H, aq, sq, "20 minutes", 20, 20, "minute", "=", "penguin encounter", "time on the beach", "duration")
aq = "The Twilight Tour is $35 per person"
cl(H, aq, "The Twilight Tour is $35 per person and takes you round the nocturnal animals after the gates have closed", "$35 per person", 35, 35, "AUD", "=", "Twilight Tour", "price", "price")
aq = "Three road train tickets at $6 each"
sq = "Three road train tickets at $6 each come to $18, and the train stops at every major habitat"
cl(H, aq, sq, "Three road train tickets", 3, 3, "tickets", "=", "example road train purchase", "tickets", "count")
cl(H, aq, sq, "$6 each", 6, 6, "AUD", "=", "road train ticket", "price", "price")
cl(H, aq, sq, "$18", 18, 18, "AUD", "=", "three road train tickets", "total price", "price")
aq = "The sea lion presentation lasts about 25 minutes"
cl(H, aq, "The sea lion presentation lasts about 25 minutes and starts at 11am and 3pm on the lake stage", "about 25 minutes", 25, 25, "minute", "~", "sea lion show", "length", "duration")
aq = "On public holidays the queue at the main gate"
cl(H, aq, "On public holidays the queue at the main gate can take up to 45 minutes", "up to 45 minutes", None, 45, "minute", "<=", "main gate queue on public holidays", "wait", "duration")
aq = "Anyone under 16 must be accompanied by an adult"
cl(H, aq, "Anyone under 16 must be accompanied by an adult for the whole visit", "under 16", 16, None, "year", ">=", "young person visiting without an adult", "minimum age", "limit")

# faq entries, Strapi JSON (8 answers)
aq = "Keeper for a Day is open to anyone aged 12 and over"
cl(J, aq, "Keeper for a Day is open to anyone aged 12 and over, and you get a keeper's shirt to take home", "aged 12 and over", 12, None, "year", ">=", "Keeper for a Day participant", "minimum age", "limit")
aq = "Yes, the car park charge is $10 a vehicle"
cl(J, aq, "Yes, the car park charge is $10 a vehicle, with accessible bays right beside the entrance", "$10 a vehicle", 10, 10, "AUD/car", "=", "car park", "daily parking charge", "price")
aq = "The train's loop takes 25 minutes"
sq = "The train's loop takes 25 minutes plus a 10-minute stop at the lake, so allow 40 minutes for the full ride"
cl(J, aq, sq, "25 minutes", 25, 25, "minute", "=", "road train loop", "travel time", "duration")
cl(J, aq, sq, "10-minute", 10, 10, "minute", "=", "road train stop at the lake", "length", "duration")
cl(J, aq, sq, "40 minutes", 40, 40, "minute", "=", "full road train ride", "length", "duration")
aq = "Since 2025, a day ticket for a grown-up has been $38"
cl(J, aq, "Since 2025, a day ticket for a grown-up has been $38, which includes every keeper talk and the sea lion show", "$38", 38, 38, "AUD", "=", "adult day ticket", "ticket price", "price")
aq = "(2022) The zoo is home to 85 species"
sq = "(2022) The zoo is home to 85 species, including 12 that are endangered in the wild"
cl(J, aq, sq, "85 species", 85, 85, "species", "=", "zoo collection", "species kept", "count")
cl(J, aq, sq, "12", 12, 12, "species", "=", "zoo collection", "endangered species kept", "count")
aq = "Every Tuesday the gift shop takes 25% off"
sq = "Every Tuesday the gift shop takes 25% off, so a $60 basket of souvenirs comes to $45 at the till"
cl(J, aq, sq, "25% off", 25, 25, "%", "=", "gift shop on Tuesdays", "discount", "percentage")
cl(J, aq, sq, "$60", 60, 60, "AUD", "=", "example souvenir basket", "full price", "price")
cl(J, aq, sq, "$45", 45, 45, "AUD", "=", "example souvenir basket on a Tuesday", "discounted price", "price")
aq = "It depends on your pace."
cl(J, aq, "For example, if you catch every keeper talk you might be here for seven hours", "seven hours", 7, 7, "hour", "=", "visit that takes in every keeper talk", "length of visit", "duration", True)
aq = "Visitors aged 16 and over can come in without a grown-up"
cl(J, aq, "Visitors aged 16 and over can come in without a grown-up, but we may ask to see ID", "aged 16 and over", 16, None, "year", ">=", "young person visiting without an adult", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
