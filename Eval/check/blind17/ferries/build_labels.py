#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the ferries domain (Havørn Ferries)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, A, P = "traveller-answers.txt", "terminal-notes.md", "ferry-faq.html", "travel-info.amp.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The traveller answers take card, Vipps or cash on board, while the travel-information page says bank card or Vipps only.",
  "ways to pay on board", side(T, "On board you can pay by card, Vipps or cash"), side(P, "Payments on board are by bank card or Vipps only")),
 ("list", "The terminal notes allow pets in pet cabins, on the open deck and in the cafeteria's pet corner, while the FAQ page allows them only on the outside deck and in pet-friendly cabins.",
  "where pets may be on board", side(M, "allowed in three places: pet cabins, the open deck and the cafeteria's pet corner"), side(A, "Animals are allowed on the outside deck and in pet-friendly cabins, nowhere else")),
 ("list", "The traveller answers give reduced fares to children, seniors, students and conscripts, while the FAQ page sells concessions to children, seniors and students only.",
  "who can buy a reduced fare", side(T, "Reduced fares are available for children, seniors, students and conscripts"), side(A, "Concession tickets are sold to children, seniors and students only")),
 # polarity
 ("polarity", "The FAQ page says foot passenger tickets for the Sølvøy crossing can't be booked in advance, while the travel-information page says they can be booked in the app.",
  "advance booking for foot passengers on the Vardnes–Sølvøy ferry", side(A, "Foot passenger tickets for the Sølvøy crossing can't be booked in advance"), side(P, "You can book a foot passenger ticket for the Vardnes–Sølvøy ferry in advance")),
 ("polarity", "The traveller answers let people stay in their car on the Sølvøy crossing, while the terminal notes say passengers must leave the car deck on all routes.",
  "staying in the car during the crossing", side(T, "On the Sølvøy crossing you're welcome to stay in your car"), side(M, "On all our routes, passengers must leave the car deck before departure")),
 ("polarity", "The terminal notes say electric cars can be plugged in on the night ship's car deck, while the travel-information page says no ferry has charging points.",
  "charging electric cars on board", side(M, "Electric cars can be plugged in on the car deck during the Hammarvik crossing"), side(P, "None of our ferries has charging points for electric cars")),
 # numeric
 ("numeric", "The traveller answers make drivers check in at least 45 minutes before the Hammarvik night sailing, while the FAQ page closes vehicle check-in 30 minutes before.",
  "vehicle check-in deadline for the overnight sailing to Hammarvik", side(T, "Drivers on the overnight sailing to Hammarvik must check in at least 45 minutes"), side(A, "Vehicle check-in for the night ship to Hammarvik closes 30 minutes before it sails")),
 ("numeric", "The terminal notes put the Sølvøy ferry's height limit at 4 metres, while the travel-information page gives 4.5 m for the Vardnes–Sølvøy route.",
  "maximum vehicle height on the Vardnes–Sølvøy ferry", side(M, "Vehicles taller than 4 metres can't be carried on the Sølvøy ferry"), side(P, "The height limit on the Vardnes–Sølvøy route is 4.5 m")),
 ("numeric", "The traveller answers charge a flat NOK 95 per trip for a pet on every route, while the FAQ page charges kr 150 each way on any route.",
  "pet fare", side(T, "Pets pay a flat NOK 95 per trip on every route"), side(A, "Whatever the route, each pet costs kr 150 each way")),
 ("numeric", "The traveller answers give the Ravnsund–Tareøy crossing 50 minutes, while the travel-information page says about an hour and a quarter.",
  "crossing time Ravnsund–Tareøy", side(T, "The crossing from Ravnsund to Tareøy takes 50 minutes"), side(P, "Allow about an hour and a quarter for the Tareøy crossing")),
 # arithmetic
 ("arithmetic", "2 x NOK 120 + 2 x NOK 60 (half fare) is NOK 360, not NOK 390.",
  "family fare on the Tareøy route", side(A, "two adults at NOK 120 each and two children at half fare"), side(A, "come to NOK 390 for the whole family")),
 ("arithmetic", "40 + 10 + 55 minutes is 105 minutes (1 hour 45 minutes), not 1 hour 35 minutes.",
  "total trip time Ravnsund–Kobbholm–Lyngholmen", side(M, "Ravnsund–Kobbholm 40 min, a 10-minute stop, then Kobbholm–Lyngholmen 55 min"), side(M, "so the whole trip is 1 hour 35 minutes")),
 ("arithmetic", "NOK 1,800 over 20 trips is NOK 90 a crossing, not NOK 80.",
  "cost per crossing with the Tareøy 20-trip card", side(P, "A 20-trip card for the Tareøy ferry costs NOK 1,800"), side(P, "which works out at NOK 80 a crossing")),
 # stale
 ("stale", "A 2023 note gives the adult Sølvøy single as NOK 58, while the FAQ page gives kr 64 from January 2025.",
  "adult fare Vardnes–Sølvøy", side(M, "(2023) An adult single on the Sølvøy ferry is NOK 58"), side(A, "From 1 January 2025, the adult fare between Vardnes and Sølvøy is kr 64")),
 ("stale", "A 2022 note has the night ship leaving Ravnsund at 21:30, while a 2024 answer says 22:15.",
  "departure time of the overnight ship from Ravnsund", side(M, "(2022) The night ship to Hammarvik leaves Ravnsund at 21:30"), side(T, "Since 2024, the overnight ship to Hammarvik sails from Ravnsund at 22:15")),
 ("stale", "A 2023 answer starts senior fares at 67, while a 2025 answer starts them at 65.",
  "minimum age for the senior fare", side(P, "(2023) Senior fares are for travellers aged 67 and over"), side(T, "As of 2025, you qualify for the senior fare from age 65")),
]

traps = [
 ("Similarly named lounges: a Komfort seat is NOK 149, a Komfort Plus seat (with breakfast) NOK 249.",
  side(M, "A reclining seat in the Komfort lounge is NOK 149 for the night"), side(A, "Komfort Plus lounge seats cost NOK 249 and include breakfast")),
 ("Different condition (vehicle length): cars up to 6 m pay NOK 245 to Tareøy, vehicles over 6 m and up to 8 m NOK 410.",
  side(A, "Cars up to 6 metres long cost NOK 245 on the Tareøy route"), side(P, "Vehicles over 6 m and up to 8 m long pay NOK 410")),
 ("Different condition (season): 14 departures a day from Vardnes in summer, 11 in the winter timetable.",
  side(T, "In summer (mid-June to mid-August) there are 14 departures a day from Vardnes"), side(A, "The winter timetable has 11 sailings a day from Vardnes to Sølvøy")),
 ("Different tier (cabin type): an inside two-berth cabin is NOK 890, a four-berth family cabin NOK 1,350.",
  side(M, "An inside two-berth cabin on the Hammarvik route costs NOK 890"), side(P, "Family cabins with four berths are NOK 1,350 a night")),
 ("Different condition (age): children under 4 travel free, children aged 4 to 15 pay half fare.",
  side(M, "Children under 4 travel free, but they still need a free ticket"), side(P, "Children aged 4 to 15 pay half the adult fare")),
 ("Same value in other units: 2.4 m is 240 cm (ordinary car fare below it, high-vehicle rate above it).",
  side(T, "Vehicles lower than 2.4 m are charged the ordinary car fare"), side(P, "Anything taller than 240 cm is charged at the high-vehicle rate")),
 ("Correct computation: NOK 1,290 + 2 x NOK 165 is NOK 1,620.",
  side(T, "A sea-view double cabin on the night ship is NOK 1,290"), side(T, "so two of you pay NOK 1,620 with breakfast")),
 ("Correct percentage: 25% off NOK 120 is NOK 90.",
  side(M, "Students with a valid student card get 25% off the adult fare"), side(M, "so the NOK 120 Tareøy ticket drops to NOK 90")),
 ("About ten and a half hours lies inside the 10 to 11 hour range.",
  side(M, "The night crossing to Hammarvik takes 10 to 11 hours"), side(P, "normally reaches Hammarvik about ten and a half hours after leaving Ravnsund")),
 ("50 minutes is a hedged example ('For example ... might') for a strong westerly, not the normal 35-minute Sølvøy crossing.",
  side(A, "in a strong westerly the Sølvøy crossing might take 50 minutes"), side(T, "The Sølvøy crossing takes 35 minutes")),
 ("The NOK 200 caravan surcharge is explicitly the pre-2024 figure; NOK 280 is current.",
  side(M, "The caravan and trailer surcharge used to be NOK 200 before the 2024 fare review"), side(A, "Caravans and trailers now cost an extra NOK 280")),
 ("'Up to 3 hours' is the peak-season maximum at Vardnes; outside the peak most drivers board within 40 minutes.",
  side(P, "In peak season, queues at Vardnes can be up to 3 hours"), side(T, "most drivers at Vardnes are on board within 40 minutes of joining the queue")),
 ("The facilities list is open ('include'), so a cinema on the night ship is consistent.",
  side(T, "include a restaurant, a kiosk, a children's play room and showers"), side(A, "there's a small cinema on the overnight ship showing two films")),
 ("The same age-12 rule stated in both directions.",
  side(M, "Children under 12 have to be accompanied by an adult"), side(P, "Young people aged 12 and over can travel without an adult")),
]

DOMAIN = ("Havørn Ferries, a fictional Norwegian island and coastal ferry operator (prices in Norwegian kroner): "
          "the Vardnes–Sølvøy shuttle, the Ravnsund–Tareøy route, the Lyngholmen run via Kobbholm and the overnight "
          "Ravnsund–Hammarvik ship; fares and concessions, vehicle lengths and heights, caravans, crossing times, "
          "timetables and queues, check-in, cabins and lounges, pets, children, payment on board and facilities.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
CL = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    CL.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
               "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# traveller answers (9 answers)
aq = "Drivers on the overnight sailing to Hammarvik"
cl(T, aq, "Drivers on the overnight sailing to Hammarvik must check in at least 45 minutes before departure, or their space may go to the standby queue", "at least 45 minutes", 45, None, "minute", ">=", "vehicles on the overnight sailing to Hammarvik", "check-in time before departure", "duration")
aq = "Pets pay a flat NOK 95 per trip"
cl(T, aq, "Pets pay a flat NOK 95 per trip on every route, and guide dogs travel free", "NOK 95", 95, 95, "NOK", "=", "pet, any route", "fare per trip", "price")
aq = "The crossing from Ravnsund to Tareøy takes 50 minutes"
cl(T, aq, "The crossing from Ravnsund to Tareøy takes 50 minutes, and the café opens as soon as the bow ramp is up", "50 minutes", 50, 50, "minute", "=", "Ravnsund–Tareøy crossing", "crossing time", "duration")
aq = "As of 2025, you qualify for the senior fare"
cl(T, aq, "As of 2025, you qualify for the senior fare from age 65; just show ID with your date of birth when asked", "from age 65", 65, None, "year", ">=", "senior fare", "minimum age", "limit")
aq = "In summer (mid-June to mid-August)"
cl(T, aq, "In summer (mid-June to mid-August) there are 14 departures a day from Vardnes, so you rarely need to plan around the timetable", "14 departures a day", 14, 14, "departures/day", "=", "Vardnes–Sølvøy ferry in summer", "departures per day", "count")
aq = "Vehicles lower than 2.4 m"
cl(T, aq, "Vehicles lower than 2.4 m are charged the ordinary car fare, so a roof box usually makes no difference to the price", "lower than 2.4 m", None, 2.4, "m", "<", "ordinary car fare", "vehicle height", "limit")
aq = "A sea-view double cabin on the night ship"
sq = "A sea-view double cabin on the night ship is NOK 1,290 and breakfast is NOK 165 per person, so two of you pay NOK 1,620 with breakfast"
cl(T, aq, sq, "NOK 1,290", 1290, 1290, "NOK", "=", "sea-view double cabin on the night ship", "cabin price", "price")
cl(T, aq, sq, "NOK 165 per person", 165, 165, "NOK", "=", "breakfast on the night ship", "price per person", "price")
cl(T, aq, sq, "two of you", 2, 2, "people", "=", "sea-view double cabin example", "number of travellers", "count")
cl(T, aq, sq, "NOK 1,620", 1620, 1620, "NOK", "=", "sea-view double cabin for two with breakfast", "total price", "price")
aq = "The Sølvøy crossing takes 35 minutes"
cl(T, aq, "The Sølvøy crossing takes 35 minutes, which is just long enough for a coffee in the saloon", "35 minutes", 35, 35, "minute", "=", "Vardnes–Sølvøy crossing", "crossing time", "duration")
aq = "Outside the summer peak, most drivers at Vardnes"
cl(T, aq, "Outside the summer peak, most drivers at Vardnes are on board within 40 minutes of joining the queue", "within 40 minutes", None, 40, "minute", "<=", "queue at Vardnes outside the summer peak", "typical wait", "duration")

# terminal notes (11 answers)
aq = "Dogs and cats are allowed in three places"
cl(M, aq, "Dogs and cats are allowed in three places: pet cabins, the open deck and the cafeteria's pet corner", "three places", 3, 3, "places", "=", "pets on board", "areas where pets are allowed", "count")
aq = "Vehicles taller than 4 metres"
cl(M, aq, "Vehicles taller than 4 metres can't be carried on the Sølvøy ferry, because of the mezzanine deck", "4 metres", None, 4, "m", "<=", "Vardnes–Sølvøy ferry", "maximum vehicle height", "limit")
aq = "The Lyngholmen run calls at Kobbholm"
sq = "The Lyngholmen run calls at Kobbholm: Ravnsund–Kobbholm 40 min, a 10-minute stop, then Kobbholm–Lyngholmen 55 min, so the whole trip is 1 hour 35 minutes quay to quay"
cl(M, aq, sq, "40 min", 40, 40, "minute", "=", "Ravnsund–Kobbholm leg", "crossing time", "duration")
cl(M, aq, sq, "10-minute", 10, 10, "minute", "=", "stop at Kobbholm", "stop length", "duration")
cl(M, aq, sq, "55 min", 55, 55, "minute", "=", "Kobbholm–Lyngholmen leg", "crossing time", "duration")
cl(M, aq, sq, "1 hour 35 minutes", 95, 95, "minute", "=", "Ravnsund–Lyngholmen trip", "total trip time", "duration")
aq = "(2023) An adult single on the Sølvøy ferry"
cl(M, aq, "(2023) An adult single on the Sølvøy ferry is NOK 58, and there's no discount for buying a return", "NOK 58", 58, 58, "NOK", "=", "adult single, Vardnes–Sølvøy", "fare", "price")
aq = "An inside two-berth cabin on the Hammarvik route"
sq = "An inside two-berth cabin on the Hammarvik route costs NOK 890 for the night, with bedding and towels included"
cl(M, aq, sq, "two-berth", 2, 2, "berths", "=", "inside cabin on the night ship", "number of berths", "count")
cl(M, aq, sq, "NOK 890", 890, 890, "NOK", "=", "inside two-berth cabin on the night ship", "cabin price per night", "price")
aq = "Children under 4 travel free"
cl(M, aq, "Children under 4 travel free, but they still need a free ticket so we can count everyone on board", "under 4", None, 4, "year", "<", "free travel for children", "age", "limit")
aq = "A reclining seat in the Komfort lounge"
cl(M, aq, "A reclining seat in the Komfort lounge is NOK 149 for the night, and each seat comes with a blanket and a pillow", "NOK 149", 149, 149, "NOK", "=", "Komfort lounge seat on the night ship", "seat price", "price")
aq = "Students with a valid student card"
sq = "Students with a valid student card get 25% off the adult fare, so the NOK 120 Tareøy ticket drops to NOK 90"
cl(M, aq, sq, "25% off", 25, 25, "%", "=", "student discount", "discount on the adult fare", "percentage")
cl(M, aq, sq, "NOK 120", 120, 120, "NOK", "=", "adult fare, Ravnsund–Tareøy", "fare", "price")
cl(M, aq, sq, "NOK 90", 90, 90, "NOK", "=", "student fare, Ravnsund–Tareøy", "fare", "price")
aq = "The night crossing to Hammarvik takes 10 to 11 hours"
cl(M, aq, "The night crossing to Hammarvik takes 10 to 11 hours, depending on the weather along the open stretch past the lighthouse", "10 to 11 hours", 10, 11, "hour", "=", "Ravnsund–Hammarvik night crossing", "crossing time", "duration")
aq = "The caravan and trailer surcharge used to be NOK 200"
cl(M, aq, "The caravan and trailer surcharge used to be NOK 200 before the 2024 fare review", "NOK 200", 200, 200, "NOK", "=", "caravan and trailer surcharge before 2024", "surcharge", "price")
aq = "Children under 12 have to be accompanied"
cl(M, aq, "Children under 12 have to be accompanied by an adult", "under 12", None, 12, "year", "<", "children who must travel with an adult", "age", "limit")

# FAQ page (10 answers)
aq = "Vehicle check-in for the night ship to Hammarvik"
cl(A, aq, "Vehicle check-in for the night ship to Hammarvik closes 30 minutes before it sails", "30 minutes", 30, None, "minute", ">=", "vehicles on the overnight sailing to Hammarvik", "check-in time before departure", "duration")
cl(A, aq, "Foot passengers can board until 10 minutes before departure", "10 minutes", 10, None, "minute", ">=", "foot passengers on the night ship", "boarding time before departure", "duration")
aq = "Whatever the route, each pet costs kr 150"
cl(A, aq, "Whatever the route, each pet costs kr 150 each way", "kr 150", 150, 150, "NOK", "=", "pet, any route", "fare per trip", "price")
aq = "On the Tareøy route, two adults"
sq = "On the Tareøy route, two adults at NOK 120 each and two children at half fare come to NOK 390 for the whole family"
cl(A, aq, sq, "two adults", 2, 2, "adults", "=", "family example, Tareøy route", "number of adults", "count")
cl(A, aq, sq, "NOK 120 each", 120, 120, "NOK", "=", "adult fare, Ravnsund–Tareøy", "fare", "price")
cl(A, aq, sq, "two children", 2, 2, "children", "=", "family example, Tareøy route", "number of children", "count")
cl(A, aq, sq, "NOK 390", 390, 390, "NOK", "=", "family of two adults and two children, Tareøy route", "total fare", "price")
aq = "From 1 January 2025, the adult fare"
cl(A, aq, "From 1 January 2025, the adult fare between Vardnes and Sølvøy is kr 64 each way, wherever you buy your ticket", "kr 64", 64, 64, "NOK", "=", "adult single, Vardnes–Sølvøy", "fare", "price")
aq = "Cars up to 6 metres long cost NOK 245"
sq = "Cars up to 6 metres long cost NOK 245 on the Tareøy route, driver included"
cl(A, aq, sq, "up to 6 metres", None, 6, "m", "<=", "car fare, Tareøy route", "vehicle length", "limit")
cl(A, aq, sq, "NOK 245", 245, 245, "NOK", "=", "car up to 6 m, Tareøy route", "vehicle fare", "price")
aq = "The winter timetable has 11 sailings a day"
cl(A, aq, "The winter timetable has 11 sailings a day from Vardnes to Sølvøy, with an extra late trip on Friday evenings", "11 sailings a day", 11, 11, "departures/day", "=", "Vardnes–Sølvøy ferry in winter", "departures per day", "count")
aq = "Komfort Plus lounge seats cost NOK 249"
cl(A, aq, "Komfort Plus lounge seats cost NOK 249 and include breakfast, a quiet zone and a power socket at every seat", "NOK 249", 249, 249, "NOK", "=", "Komfort Plus lounge seat on the night ship", "seat price", "price")
aq = "Sometimes."
cl(A, aq, "For example, in a strong westerly the Sølvøy crossing might take 50 minutes, and in a full gale we may have to cancel", "50 minutes", 50, 50, "minute", "=", "Vardnes–Sølvøy crossing in a strong westerly", "crossing time", "duration", True)
aq = "Yes. Caravans and trailers now cost an extra NOK 280"
cl(A, aq, "Caravans and trailers now cost an extra NOK 280 on top of the fare for the towing vehicle", "NOK 280", 280, 280, "NOK", "=", "caravan and trailer surcharge", "surcharge", "price")
aq = "As well as the restaurant, there's a small cinema"
cl(A, aq, "As well as the restaurant, there's a small cinema on the overnight ship showing two films each evening", "two films each evening", 2, 2, "films/evening", "=", "cinema on the night ship", "films shown per evening", "count")

# travel-information page (11 answers)
aq = "A 20-trip card for the Tareøy ferry"
sq = "A 20-trip card for the Tareøy ferry costs NOK 1,800, which works out at NOK 80 a crossing"
cl(P, aq, sq, "20-trip", 20, 20, "trips", "=", "Tareøy multi-trip card", "trips on the card", "count")
cl(P, aq, sq, "NOK 1,800", 1800, 1800, "NOK", "=", "Tareøy 20-trip card", "card price", "price")
cl(P, aq, sq, "NOK 80 a crossing", 80, 80, "NOK", "=", "Tareøy 20-trip card", "cost per crossing", "price")
aq = "(2023) Senior fares are for travellers"
cl(P, aq, "(2023) Senior fares are for travellers aged 67 and over, on every route we sail", "67 and over", 67, None, "year", ">=", "senior fare", "minimum age", "limit")
aq = "Children aged 4 to 15 pay half"
cl(P, aq, "Children aged 4 to 15 pay half the adult fare on all routes, including the night ship", "4 to 15", 4, 15, "year", "=", "child fare (half the adult fare)", "age range", "limit")
aq = "The height limit on the Vardnes–Sølvøy route"
cl(P, aq, "The height limit on the Vardnes–Sølvøy route is 4.5 m", "4.5 m", None, 4.5, "m", "<=", "Vardnes–Sølvøy ferry", "maximum vehicle height", "limit")
aq = "Vehicles over 6 m and up to 8 m long"
sq = "Vehicles over 6 m and up to 8 m long pay NOK 410 to Tareøy, and the price includes the driver"
cl(P, aq, sq, "over 6 m and up to 8 m", 6, 8, "m", "=", "vehicle fare band, Tareøy route", "vehicle length", "limit")
cl(P, aq, sq, "NOK 410", 410, 410, "NOK", "=", "vehicle over 6 m and up to 8 m, Tareøy route", "vehicle fare", "price")
aq = "Anything taller than 240 cm"
cl(P, aq, "Anything taller than 240 cm is charged at the high-vehicle rate, so measure with the rack loaded", "taller than 240 cm", 240, None, "cm", ">", "high-vehicle rate", "vehicle height", "limit")
aq = "In peak season, queues at Vardnes"
cl(P, aq, "In peak season, queues at Vardnes can be up to 3 hours on Friday afternoons, so book a car space if you can", "up to 3 hours", None, 3, "hour", "<=", "queue at Vardnes in peak season", "maximum wait", "duration")
aq = "Allow about an hour and a quarter"
cl(P, aq, "Allow about an hour and a quarter for the Tareøy crossing, a little longer when there's a swell from the south-west", "about an hour and a quarter", 1.25, 1.25, "hour", "~", "Ravnsund–Tareøy crossing", "crossing time", "duration")
aq = "The overnight ship normally reaches Hammarvik"
cl(P, aq, "The overnight ship normally reaches Hammarvik about ten and a half hours after leaving Ravnsund, in time for breakfast ashore", "about ten and a half hours", 10.5, 10.5, "hour", "~", "Ravnsund–Hammarvik night crossing", "crossing time", "duration")
aq = "Family cabins with four berths"
sq = "Family cabins with four berths are NOK 1,350 a night, and we can add a travel cot at no extra cost"
cl(P, aq, sq, "four berths", 4, 4, "berths", "=", "family cabin on the night ship", "number of berths", "count")
cl(P, aq, sq, "NOK 1,350 a night", 1350, 1350, "NOK", "=", "four-berth family cabin on the night ship", "cabin price per night", "price")
aq = "Yes. Young people aged 12 and over"
cl(P, aq, "Young people aged 12 and over can travel without an adult, but they need their own ticket", "12 and over", 12, None, "year", ">=", "travelling without an adult", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in CL:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(CL)} claims")
