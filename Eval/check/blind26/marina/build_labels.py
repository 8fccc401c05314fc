#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the marina domain (Granviken Marina)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "reply-snippets.txt", "harbour-office-notes.md", "berth-holder-questions.html", "staff-answers.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The email replies say the berth rent includes water, a parking space, the waste station and the sauna, while the yelp page says the season rent pays for water and the waste station only, with parking and the sauna paid separately.",
  "what the seasonal berth rent includes", side(T, "includes water, a parking space, the waste station and use of the sauna"), side(H, "Your season rent pays for water and the waste station, nothing more")),
 ("list", "The office notes say the fuel pump takes Visa, Mastercard, American Express and Swish, while the Jotform answer says the fuel dock accepts Visa and Mastercard and nothing else.",
  "payment methods at the fuel dock", side(M, "The fuel pump takes Visa, Mastercard, American Express and Swish"), side(J, "The fuel dock accepts Visa and Mastercard and no other payment")),
 ("list", "The Jotform answer asks for photo ID, proof of insurance and the purchase receipt to sign a berth contract, while the email replies say the insurance certificate is the only document needed.",
  "documents needed to sign a berth contract", side(J, "bring photo ID, proof of insurance and the boat's purchase receipt"), side(T, "The only document we need for a berth contract is the insurance certificate")),
 # polarity
 ("polarity", "The yelp page welcomes berth holders to sleep aboard all season, while the office notes say seasonal tenants may not stay overnight on their boats.",
  "sleeping aboard a boat in a seasonal berth", side(H, "Berth holders are welcome to sleep aboard their boats all season"), side(M, "Seasonal tenants may not stay overnight on their boats")),
 ("polarity", "The email replies say you can launch your own boat from the slipway with a car and trailer, while the Jotform answer says private trailers are not allowed on the slipway.",
  "launching from the slipway with a private trailer", side(T, "You can launch your own boat from our slipway with a car and trailer"), side(J, "Private trailers are not allowed on the slipway")),
 ("polarity", "The office notes welcome dogs on a lead on all piers and in the guest harbour, while the yelp page allows no dogs on the jetties, leashed or not.",
  "dogs on the piers", side(M, "Dogs on a lead are welcome on all piers and in the guest harbour"), side(H, "No dogs are allowed on the jetties, leashed or not")),
 # numeric
 ("numeric", "The email replies put the waiting-list fee at 300 kr a year, while the Jotform answer says the queue fee is SEK 500 per calendar year.",
  "yearly waiting-list fee", side(T, "Staying on the waiting list costs 300 kr a year"), side(J, "The queue fee is SEK 500 per calendar year")),
 ("numeric", "The yelp page charges metered berth electricity at 2.50 kr per kWh, while the office notes bill berth holders 3.20 kr for each kWh.",
  "price of metered electricity at a berth", side(H, "Electricity at your berth is metered and charged at 2.50 kr per kWh"), side(M, "Bill berth holders 3.20 kr for each kWh on their meter")),
 ("numeric", "The Jotform answer says the crane lifts boats up to 12 tonnes, while the yelp page says boats heavier than 8 tonnes are too much for the crane.",
  "heaviest boat the marina's crane can lift", side(J, "Our crane lifts boats weighing up to 12 tonnes"), side(H, "Boats heavier than 8 tonnes are too much for the crane")),
 ("numeric", "The office notes let guest boats stay a maximum of 7 nights in a row, while the email replies allow 3 nights at most.",
  "longest stay in the guest harbour", side(M, "Guest boats may stay a maximum of 7 nights in a row"), side(T, "Visitors can moor in the guest harbour for 3 nights at most")),
 # arithmetic
 ("arithmetic", "A 9 m by 3 m boat covers 27 square metres; at 95 kr per square metre that is 2565 kr, not 2400 kr.",
  "outdoor winter storage price for a 9 m by 3 m boat", side(M, "billed at 95 kr per square metre, so a boat 9 m by 3 m"), side(M, "pays 2400 kr for the winter")),
 ("arithmetic", "SEK 40 a week for 26 weeks is SEK 1,040, not SEK 960.",
  "battery charging over a 26-week winter", side(J, "is SEK 40 a week, so a 26-week winter"), side(J, "comes to SEK 960 in total")),
 ("arithmetic", "18 boats at one every 20 minutes is 360 minutes, about 6 hours, not about 4 hours.",
  "time to lift 18 boats on a lifting day", side(T, "every 20 minutes, so the 18 boats booked for a Saturday"), side(T, "take about 4 hours in all")),
 # stale
 ("stale", "A 2022 note rents a 3 m wide berth for 4800 kr a season, while a 2025 answer puts the season rent for a 3-metre berth at SEK 5,400.",
  "season rent for a 3-metre berth", side(M, "(2022) A berth 3 m wide rents for 4800 kr a season"), side(J, "As of 2025, season rent for a 3-metre berth is SEK 5,400")),
 ("stale", "A 2023 answer says Granviken has 240 berths, while a 2025 reply says there are 310 berths since the new east pier.",
  "number of berths in the marina", side(H, "(2023) Granviken has 240 berths in total"), side(T, "Since 2025, with the new east pier in place, we have 310 berths")),
 ("stale", "A 2022 answer says the wait for a berth is about two years, while a 2025 answer says most people wait around four years.",
  "waiting time for a berth", side(J, "(2022) The wait for a berth is about two years"), side(H, "As of 2025, most people wait around four years for a berth")),
]

traps = [
 ("Different size of berth: a 2.5-metre berth is 3 900 kr a season, the widest 4-metre berths 7 200 kr.",
  side(T, "A berth 2.5 metres wide costs 3 900 kr for the season"), side(H, "Our widest berths, 4 metres across, are 7 200 kr a season")),
 ("Different condition (time of year): a guest night is 300 kr in July and SEK 220 outside July.",
  side(H, "In July a guest night costs 300 kr"), side(J, "Outside July, a night in the guest harbour is SEK 220")),
 ("Different condition (day of the week): weekday lift-outs are 1650 kr, weekend lift-outs 2 100 kr.",
  side(M, "Weekday lift-outs are 1650 kr, including the pressure wash"), side(T, "Lift-outs on a Saturday or Sunday cost 2 100 kr")),
 ("Different kind of storage: the heated hall is 260 kr per square metre, the unheated cold shed SEK 170 per square metre.",
  side(H, "A place in the heated hall is 260 kr per square metre"), side(J, "The cold storage shed costs SEK 170 per square metre")),
 ("Similarly named services: Winter Cover (shrink-wrap) is 1 450 kr, Winter Cover Plus (with a mid-winter check) SEK 2,300.",
  side(T, "Winter Cover is 1 450 kr: we shrink-wrap your boat"), side(J, "Winter Cover Plus costs SEK 2,300 and adds a mid-winter check")),
 ("Same value in other units: 2.4 metres is about 7.9 feet, i.e. roughly 8 feet.",
  side(M, "The guest pier has 2.4 metres of water at normal sea level"), side(H, "There is roughly 8 feet of depth along the guest pier")),
 ("Correct computation: SEK 0.50 off per litre on 200 litres is SEK 100.",
  side(J, "Berth holders get SEK 0.50 off per litre, so filling 200 litres"), side(J, "saves SEK 100 on the bill")),
 ("Correct percentage: 10% off 3600 kr is 3240 kr.",
  side(M, "Book winter storage before 1 September and you get 10% off"), side(M, "so a 3600 kr storage bill becomes 3240 kr")),
 ("About 15 minutes lies inside the 10 to 20 minutes range for the fuel dock.",
  side(T, "Allow 10 to 20 minutes at the fuel dock on a July afternoon"), side(M, "A typical fill-up at the fuel dock takes about 15 minutes")),
 ("600 kWh is a hedged example ('For example ... might') for a boat running a fridge and a heater, not the typical use of about 150 kWh.",
  side(M, "Most berth holders use around 150 kWh over the whole season"), side(J, "For example, a boat with a fridge and a heater running might use 600 kWh")),
 ("The 10 kr shower token is explicitly the price before 2024; 20 kr is the current price.",
  side(H, "Shower tokens used to cost 10 kr before 2024"), side(T, "A shower in the service building costs 20 kr")),
 ("'Up to half an hour' is the longest pump-out, for a large holding tank; emptying a tank usually takes about 10 minutes.",
  side(T, "A large holding tank can take up to half an hour to empty"), side(M, "Emptying a holding tank at the pump-out usually takes about 10 minutes")),
 ("The list of hardstand jobs is open ('such as'), so changing the engine oil as another allowed job is consistent.",
  side(M, "Owners may do jobs such as washing, polishing, antifouling and small repairs"), side(J, "Changing the engine oil is also fine on the hardstand")),
 ("The same life-jacket rule stated in both directions (under 12 must wear one / only 12 or older may go without).",
  side(T, "Children under 12 must wear a life jacket whenever they are on the piers"), side(H, "Only children aged 12 or older may walk the piers without a life jacket")),
]

DOMAIN = ("Granviken Marina, a fictional privately run marina on Värmdö in the Stockholm archipelago, Sweden, renting "
          "seasonal boat berths and winter storage (prices in Swedish kronor including VAT, written '3 900 kr' with "
          "Swedish spacing, '1650 kr', '2.50 kr per kWh' and 'SEK 5,400'): what the berth rent includes, berth prices by "
          "width (old and current), the number of berths, the waiting list (fee, waiting time), berth contracts, "
          "sleeping aboard, dogs, metered electricity and typical use, lifting (weekday and weekend prices, crane "
          "limit, lifting days), the slipway, outdoor, heated-hall and cold-shed storage, Winter Cover and Winter "
          "Cover Plus, battery charging, the early-booking discount, hardstand work, the fuel dock (payment, "
          "queues, berth-holder discount), guest harbour nights (prices by season, longest stay, depth), showers, "
          "the pump-out, life jackets, tenders, gate fobs, Wi-Fi and the cafe.")
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
aq = "Staying on the waiting list costs 300 kr a year"
cl(T, aq, "Staying on the waiting list costs 300 kr a year, and we send the invoice each January", "300 kr a year", 300, 300, "SEK/year", "=", "waiting list", "yearly fee", "price")
aq = "Visitors can moor in the guest harbour for 3 nights at most"
cl(T, aq, "Visitors can moor in the guest harbour for 3 nights at most, because the pier fills up quickly in the holidays", "3 nights at most", None, 3, "night", "<=", "guest boat", "longest consecutive stay", "limit")
aq = "On lifting days we take a boat out of the water every 20 minutes"
sq = "On lifting days we take a boat out of the water every 20 minutes, so the 18 boats booked for a Saturday take about 4 hours in all"
cl(T, aq, sq, "every 20 minutes", 20, 20, "minute", "=", "lift-out on a lifting day", "time per boat", "duration")
cl(T, aq, sq, "18 boats", 18, 18, "boats", "=", "example Saturday lifting day", "boats booked", "count")
cl(T, aq, sq, "about 4 hours", 4, 4, "hour", "~", "lifting 18 boats", "time taken", "duration")
aq = "Since 2025, with the new east pier in place, we have 310 berths"
cl(T, aq, "Since 2025, with the new east pier in place, we have 310 berths for boats of all sizes", "310 berths", 310, 310, "berths", "=", "Granviken Marina", "number of berths", "count")
aq = "A berth 2.5 metres wide costs 3 900 kr for the season"
sq = "A berth 2.5 metres wide costs 3 900 kr for the season, which suits most small motorboats and daysailers"
cl(T, aq, sq, "2.5 metres wide", 2.5, 2.5, "m", "=", "narrow berth", "berth width", "other")
cl(T, aq, sq, "3 900 kr", 3900, 3900, "SEK/season", "=", "berth 2.5 metres wide", "season rent", "price")
aq = "Lift-outs on a Saturday or Sunday cost 2 100 kr"
cl(T, aq, "Lift-outs on a Saturday or Sunday cost 2 100 kr, because we pay the crane driver weekend rates", "2 100 kr", 2100, 2100, "SEK", "=", "weekend lift-out", "price", "price")
aq = "Winter Cover is 1 450 kr"
cl(T, aq, "Winter Cover is 1 450 kr: we shrink-wrap your boat on the hardstand and take the plastic off again in spring", "1 450 kr", 1450, 1450, "SEK", "=", "Winter Cover", "price", "price")
aq = "Allow 10 to 20 minutes at the fuel dock"
cl(T, aq, "Allow 10 to 20 minutes at the fuel dock on a July afternoon, as there is often a short queue", "10 to 20 minutes", 10, 20, "minute", "=", "fuel dock visit in July", "time needed", "duration")
aq = "A shower in the service building costs 20 kr"
cl(T, aq, "A shower in the service building costs 20 kr, paid by card at the door", "20 kr", 20, 20, "SEK", "=", "shower", "price", "price")
aq = "A large holding tank can take up to half an hour"
cl(T, aq, "A large holding tank can take up to half an hour to empty at the pump-out station, so please don't block it at weekends", "up to half an hour", None, 0.5, "hour", "<=", "emptying a large holding tank", "time taken", "duration")
aq = "Children under 12 must wear a life jacket"
cl(T, aq, "Children under 12 must wear a life jacket whenever they are on the piers, even when the boat is tied up", "under 12", 12, None, "year", ">=", "child on the piers without a life jacket", "minimum age", "limit")

# office notes (10 answers)
aq = "Bill berth holders 3.20 kr for each kWh"
cl(M, aq, "Bill berth holders 3.20 kr for each kWh on their meter", "3.20 kr for each kWh", 3.2, 3.2, "SEK/kWh", "=", "metered berth electricity", "price per kWh", "price")
aq = "Guest boats may stay a maximum of 7 nights in a row"
sq = "Guest boats may stay a maximum of 7 nights in a row, then they must leave for at least one night before coming back"
cl(M, aq, sq, "a maximum of 7 nights", None, 7, "night", "<=", "guest boat", "longest consecutive stay", "limit")
cl(M, aq, sq, "at least one night", 1, None, "night", ">=", "guest boat after a maximum stay", "time away before returning", "limit")
aq = "Outdoor storage on the hardstand is billed at 95 kr per square metre"
sq = "Outdoor storage on the hardstand is billed at 95 kr per square metre, so a boat 9 m by 3 m pays 2400 kr for the winter"
cl(M, aq, sq, "95 kr per square metre", 95, 95, "SEK/m2", "=", "outdoor winter storage", "price per square metre", "price")
cl(M, aq, sq, "9 m", 9, 9, "m", "=", "example boat", "length", "other")
cl(M, aq, sq, "3 m", 3, 3, "m", "=", "example boat", "width", "other")
cl(M, aq, sq, "2400 kr", 2400, 2400, "SEK", "=", "outdoor winter storage for a 9 m by 3 m boat", "total price", "price")
aq = "(2022) A berth 3 m wide rents for 4800 kr a season"
sq = "(2022) A berth 3 m wide rents for 4800 kr a season, electricity not included"
cl(M, aq, sq, "3 m wide", 3, 3, "m", "=", "berth", "berth width", "other")
cl(M, aq, sq, "4800 kr a season", 4800, 4800, "SEK/season", "=", "berth 3 metres wide", "season rent", "price")
aq = "Weekday lift-outs are 1650 kr"
cl(M, aq, "Weekday lift-outs are 1650 kr, including the pressure wash on the hardstand", "1650 kr", 1650, 1650, "SEK", "=", "weekday lift-out", "price", "price")
aq = "The guest pier has 2.4 metres of water"
cl(M, aq, "The guest pier has 2.4 metres of water at normal sea level, so most keelboats can come alongside", "2.4 metres", 2.4, 2.4, "m", "=", "guest pier", "water depth", "other")
aq = "Book winter storage before 1 September"
sq = "Book winter storage before 1 September and you get 10% off, so a 3600 kr storage bill becomes 3240 kr"
cl(M, aq, sq, "10% off", 10, 10, "%", "=", "winter storage booked early", "discount", "percentage")
cl(M, aq, sq, "3600 kr", 3600, 3600, "SEK", "=", "example winter storage bill", "full price", "price")
cl(M, aq, sq, "3240 kr", 3240, 3240, "SEK", "=", "example winter storage bill booked early", "discounted price", "price")
aq = "A typical fill-up at the fuel dock takes about 15 minutes"
cl(M, aq, "A typical fill-up at the fuel dock takes about 15 minutes from mooring to paying", "about 15 minutes", 15, 15, "minute", "~", "fuel dock visit", "time needed", "duration")
aq = "Most berth holders use around 150 kWh"
cl(M, aq, "Most berth holders use around 150 kWh over the whole season", "around 150 kWh", 150, 150, "kWh", "~", "typical berth holder", "electricity used per season", "other")
aq = "Emptying a holding tank at the pump-out usually takes about 10 minutes"
cl(M, aq, "Emptying a holding tank at the pump-out usually takes about 10 minutes", "about 10 minutes", 10, 10, "minute", "~", "emptying a holding tank", "time taken", "duration")

# yelp (Mallard) page (10 answers)
aq = "Our widest berths, 4 metres across"
sq = "Our widest berths, 4 metres across, are 7 200 kr a season and suit the bigger cruisers"
cl(H, aq, sq, "4 metres across", 4, 4, "m", "=", "widest berth", "berth width", "other")
cl(H, aq, sq, "7 200 kr a season", 7200, 7200, "SEK/season", "=", "berth 4 metres wide", "season rent", "price")
aq = "Electricity at your berth is metered"
cl(H, aq, "Electricity at your berth is metered and charged at 2.50 kr per kWh, and you can follow your use in the app", "2.50 kr per kWh", 2.5, 2.5, "SEK/kWh", "=", "metered berth electricity", "price per kWh", "price")
aq = "(2023) Granviken has 240 berths in total"
sq = "(2023) Granviken has 240 berths in total, spread over three piers"
cl(H, aq, sq, "240 berths", 240, 240, "berths", "=", "Granviken Marina", "number of berths", "count")
cl(H, aq, sq, "three piers", 3, 3, "piers", "=", "Granviken Marina", "number of piers", "count")
aq = "As of 2025, most people wait around four years"
cl(H, aq, "As of 2025, most people wait around four years for a berth, though narrow berths come up sooner", "around four years", 4, 4, "year", "~", "waiting list", "waiting time for a berth", "duration")
aq = "Boats heavier than 8 tonnes are too much for the crane"
cl(H, aq, "Boats heavier than 8 tonnes are too much for the crane, so we hire a bigger one for those at the owner's cost", "heavier than 8 tonnes", None, 8, "tonne", "<=", "marina crane", "heaviest boat lifted", "limit")
aq = "A place in the heated hall is 260 kr per square metre"
cl(H, aq, "A place in the heated hall is 260 kr per square metre for the winter, and it fills up by August", "260 kr per square metre", 260, 260, "SEK/m2", "=", "heated hall storage", "price per square metre", "price")
aq = "In July a guest night costs 300 kr"
cl(H, aq, "In July a guest night costs 300 kr, with electricity included at the pier", "300 kr", 300, 300, "SEK/night", "=", "guest night in July", "price", "price")
aq = "There is roughly 8 feet of depth"
cl(H, aq, "There is roughly 8 feet of depth along the guest pier, which is plenty for most cruising yachts", "roughly 8 feet", 8, 8, "ft", "~", "guest pier", "water depth", "other")
aq = "Shower tokens used to cost 10 kr before 2024."
cl(H, aq, "Shower tokens used to cost 10 kr before 2024", "10 kr", 10, 10, "SEK", "=", "shower before 2024", "old price", "price")
aq = "Only children aged 12 or older may walk the piers"
cl(H, aq, "Only children aged 12 or older may walk the piers without a life jacket", "aged 12 or older", 12, None, "year", ">=", "child on the piers without a life jacket", "minimum age", "limit")

# staff answers, Jotform JSON (11 answers)
aq = "As of 2025, season rent for a 3-metre berth"
sq = "As of 2025, season rent for a 3-metre berth is SEK 5,400, with electricity billed on top"
cl(J, aq, sq, "3-metre berth", 3, 3, "m", "=", "berth", "berth width", "other")
cl(J, aq, sq, "SEK 5,400", 5400, 5400, "SEK/season", "=", "berth 3 metres wide", "season rent", "price")
aq = "Battery charging on the hardstand is SEK 40 a week"
sq = "Battery charging on the hardstand is SEK 40 a week, so a 26-week winter comes to SEK 960 in total"
cl(J, aq, sq, "SEK 40 a week", 40, 40, "SEK/week", "=", "battery charging on the hardstand", "weekly price", "price")
cl(J, aq, sq, "26-week winter", 26, 26, "week", "=", "winter storage season", "length", "duration")
cl(J, aq, sq, "SEK 960", 960, 960, "SEK", "=", "battery charging over a 26-week winter", "total price", "price")
aq = "The queue fee is SEK 500 per calendar year"
cl(J, aq, "The queue fee is SEK 500 per calendar year, invoiced to everyone on the list", "SEK 500 per calendar year", 500, 500, "SEK/year", "=", "waiting list", "yearly fee", "price")
aq = "Winter Cover Plus costs SEK 2,300"
cl(J, aq, "Winter Cover Plus costs SEK 2,300 and adds a mid-winter check for snow load and leaks under the shrink-wrap", "SEK 2,300", 2300, 2300, "SEK", "=", "Winter Cover Plus", "price", "price")
aq = "The cold storage shed costs SEK 170 per square metre"
cl(J, aq, "The cold storage shed costs SEK 170 per square metre for the winter, and masts are kept on a rack alongside", "SEK 170 per square metre", 170, 170, "SEK/m2", "=", "cold shed storage", "price per square metre", "price")
aq = "Outside July, a night in the guest harbour is SEK 220"
cl(J, aq, "Outside July, a night in the guest harbour is SEK 220, electricity included", "SEK 220", 220, 220, "SEK/night", "=", "guest night outside July", "price", "price")
aq = "Berth holders get SEK 0.50 off per litre"
sq = "Berth holders get SEK 0.50 off per litre, so filling 200 litres saves SEK 100 on the bill"
cl(J, aq, sq, "SEK 0.50 off per litre", 0.5, 0.5, "SEK/litre", "=", "fuel for berth holders", "discount per litre", "price")
cl(J, aq, sq, "200 litres", 200, 200, "litre", "=", "example fill-up", "fuel bought", "other")
cl(J, aq, sq, "SEK 100", 100, 100, "SEK", "=", "example fill-up of 200 litres", "saving", "price")
aq = "Our crane lifts boats weighing up to 12 tonnes"
cl(J, aq, "Our crane lifts boats weighing up to 12 tonnes, with the mast on or off", "up to 12 tonnes", None, 12, "tonne", "<=", "marina crane", "heaviest boat lifted", "limit")
aq = "It depends on what you run on board."
cl(J, aq, "For example, a boat with a fridge and a heater running might use 600 kWh in a season", "600 kWh", 600, 600, "kWh", "=", "example boat with a fridge and a heater", "electricity used per season", "other", True)
aq = "Yes, dinghies and tenders can be kept on the rack"
cl(J, aq, "Yes, dinghies and tenders can be kept on the rack by the slipway for SEK 600 a season", "SEK 600 a season", 600, 600, "SEK/season", "=", "tender on the slipway rack", "season price", "price")
aq = "(2022) The wait for a berth is about two years"
cl(J, aq, "(2022) The wait for a berth is about two years from the day you join the list", "about two years", 2, 2, "year", "~", "waiting list", "waiting time for a berth", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
