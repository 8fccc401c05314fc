#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the evcharging domain (Fenlight Charging)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, G, J = "driver-answers.txt", "support-playbook.md", "charging-faq.html", "help-centre-export.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The driver answers give every rapid charger CCS, CHAdeMO and a tethered Type 2 cable, while the FAQ page says rapid chargers have CCS and CHAdeMO cables only.",
  "connectors on a rapid charger", side(T, "has three connectors: CCS, CHAdeMO and a tethered Type 2 cable"), side(G, "Rapid chargers come with CCS and CHAdeMO cables only")),
 ("list", "The playbook lets drivers pay by app, RFID card, contactless bank card or fleet fuel card, while the help centre accepts only the app, the RFID card and contactless bank cards.",
  "ways to pay at the charger", side(M, "Drivers can pay by app, RFID card, contactless bank card or fleet fuel card"), side(J, "only three: the Fenlight app, our RFID card and contactless bank cards")),
 ("list", "The driver answers put ultra-rapid hubs in Peterborough, Ely and King's Lynn, while the playbook says ultra-rapid charging is only at Peterborough and King's Lynn.",
  "sites with ultra-rapid chargers", side(T, "Our ultra-rapid hubs are in Peterborough, Ely and King's Lynn"), side(M, "Ultra-rapid charging is only available at the Peterborough and King's Lynn hubs")),
 # polarity
 ("polarity", "The FAQ page lets drivers reserve a charger in the app, while the help centre says chargers can't be booked ahead.",
  "reserving a charger", side(G, "You can reserve a charger in the app for up to 20 minutes"), side(J, "Chargers can't be booked ahead; every bay is first come, first served")),
 ("polarity", "The driver answers say parking is free while charging, council car parks included, while the help centre says normal car park charges still apply.",
  "parking charges while charging", side(T, "Parking is free while you're charging at every Fenlight site"), side(J, "normal car park charges still apply while you're plugged in")),
 ("polarity", "The playbook says anyone can charge without an account, while the FAQ page says an account must be registered before the first charge.",
  "whether an account is needed to charge", side(M, "Anyone can charge without an account by tapping a contactless card"), side(G, "You’ll need to register a Fenlight account before your first charge")),
 # numeric
 ("numeric", "The driver answers allow 10 minutes after charging stops before idle fees, while the playbook gives a 20-minute grace period.",
  "grace period before idle fees", side(T, "you have 10 minutes to unplug and move before idle fees kick in"), side(M, "There's a 20-minute grace period after a session ends")),
 ("numeric", "The FAQ page caps rapid sessions at 45 minutes, while the help centre says a rapid session stops after one hour.",
  "maximum length of a rapid charging session", side(G, "Rapid sessions are capped at 45 minutes"), side(J, "A session on a rapid charger stops automatically after one hour")),
 ("numeric", "The driver answers price Fenlight Plus at £7.99 a month, while the FAQ page says £6.99 per month.",
  "monthly price of Fenlight Plus", side(T, "Fenlight Plus costs £7.99 a month"), side(G, "Plus membership is £6.99 per month, billed on the day you joined")),
 ("numeric", "The playbook says ultra-rapid chargers deliver up to 150 kW, while the help centre says as much as 350 kW.",
  "maximum power of an ultra-rapid charger", side(M, "Our ultra-rapid chargers deliver up to 150 kW"), side(J, "Ultra-rapid units can supply as much as 350 kW")),
 # arithmetic
 ("arithmetic", "40 kWh x 79p is £31.60, not £35.60.",
  "price of a 40 kWh rapid top-up", side(G, "A 40 kWh top-up on a rapid charger at 79p per kWh"), side(G, "comes to £35.60, with no connection fee on top")),
 ("arithmetic", "10 hours is 600 minutes; 600 x 4p is £24, not £20.",
  "price of an overnight lamp-post charge", side(T, "Kerbside lamp-post chargers are billed by time at 4p a minute"), side(T, "overnight for ten hours comes to £20")),
 ("arithmetic", "300 kWh x 20p is £60 a month, not £50.",
  "monthly saving with Plus", side(J, "Plus members save 20p on every rapid kWh"), side(J, "a driver using 300 kWh a month saves £50")),
 # stale
 ("stale", "A 2023 record counts 140 charge points, while a 2025 answer counts more than 260.",
  "number of charge points on the network", side(J, "(2023) The Fenlight network has 140 charge points"), side(T, "As of 2025, there are more than 260 charge points across 48 Fenlight sites")),
 ("stale", "A 2022 entry prices pay-as-you-go rapid charging at 69p per kWh, while a 2024 answer gives 79p/kWh.",
  "pay-as-you-go price on rapid chargers", side(M, "(2022) Pay-as-you-go rapid charging costs 69p per kWh"), side(G, "Since 2024, the pay-as-you-go price on our rapid chargers has been 79p/kWh")),
 ("stale", "A 2023 answer has the phone line open 8am to 8pm, while a 2025 entry has it staffed 24 hours a day.",
  "helpline opening hours", side(G, "(2023) Our phone line is open 8am to 8pm"), side(M, "Since 2025, the helpline is staffed 24 hours a day")),
]

traps = [
 ("Different condition (charger type): 55p per kWh on 7 kW and 22 kW posts, £0.79 per kWh on rapid chargers.",
  side(G, "Pay-as-you-go charging on our 7 kW and 22 kW posts is 55p per kWh"), side(J, "Without a membership, rapid charging costs £0.79 per kilowatt-hour")),
 ("Different tier (membership): Plus members pay 59p per kWh on rapid chargers, drivers without a membership 79p.",
  side(T, "Plus members pay 59p per kWh on rapid and ultra-rapid chargers"), side(J, "rapid charging costs £0.79 per kilowatt-hour, and you only pay")),
 ("Different site type: supermarket car park sites open 7am to 10pm, motorway and A-road hubs 24/7.",
  side(M, "Sites in supermarket car parks are open 7am to 10pm"), side(G, "Our motorway and A-road hubs are open 24/7")),
 ("Different size and charger: an 82 kWh car on an ultra-rapid charger takes about 35 minutes, a 40 kWh car on a 50 kW rapid around 40.",
  side(T, "An 82 kWh car will typically go from 10 to 80% in about 35 minutes"), side(J, "A 40 kWh car takes around 40 minutes to go from 10 to 80%")),
 ("Similarly named memberships: Plus Business drivers pay 62p per kWh, Plus members 59p.",
  side(M, "Plus Business drivers pay 62p per kWh on rapids"), side(G, "With Fenlight Plus, rapid and ultra-rapid charging is 59p a kWh")),
 ("Same value in other units: 5 m is about 16 ft.",
  side(T, "Tethered cables on our rapid chargers are 5 m long"), side(G, "Each tethered cable is about 16 ft long")),
 ("Correct computation: 50 kW for half an hour is 25 kWh.",
  side(M, "At a steady 50 kW, half an hour on the charger"), side(M, "puts about 25 kWh into the battery")),
 ("Correct percentage: a 5% bonus on £20 is £1, so £21.",
  side(T, "Top up your app wallet with £20 and we'll add a 5% bonus"), side(T, "giving you £21 to spend on charging")),
 ("About 4 working days lies inside the 3 to 5 working day range.",
  side(M, "take 3 to 5 working days to reach the driver's card"), side(J, "Most refunds land back on your card in about 4 working days")),
 ("30 kW is a hedged cold-weather example ('For example ... might'), not the typical speed of around 100 kW.",
  side(M, "on a frosty morning a cold battery might only take 30 kW at first"), side(G, "Most cars charge at around 100 kW on our ultra-rapid units")),
 ("The 25p idle fee is explicitly the rate before the 2024 tariff review; 50p a minute is current.",
  side(M, "The idle fee used to be 25p a minute, before the 2024 tariff review"), side(G, "Idle fees are 50p a minute and stop as soon as you unplug")),
 ("'Up to 10 working days' is the longest delivery time; most RFID cards arrive within a week.",
  side(M, "A new RFID card can take up to 10 working days to arrive"), side(T, "Most RFID cards arrive within a week of ordering")),
 ("The list of cars is open ('such as'), so the MG4 is consistent.",
  side(T, "cars such as the Nissan Leaf, Kia Niro, VW ID.3 and Tesla Model 3"), side(J, "the MG4 charges happily on all our units")),
 ("The same 3.5-tonne rule stated in both directions.",
  side(T, "Only vehicles up to 3.5 tonnes may park in our charging bays"), side(J, "Anything heavier than 3.5 tonnes can't use our bays")),
]

DOMAIN = ("Fenlight Charging, a fictional public electric-vehicle charging network in the East of England and the East "
          "Midlands, United Kingdom (prices in pounds and pence, VAT included): charger powers in kW, prices per kWh and "
          "per minute, idle fees, the Plus and Plus Business memberships, connectors and vehicles, payment by app, RFID "
          "card and contactless, reservations, parking, site opening hours, the helpline, refunds and RFID card delivery.")
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

# driver answers (10 answers)
aq = "Every rapid charger on the network has three connectors"
sq = "Every rapid charger on the network has three connectors: CCS, CHAdeMO and a tethered Type 2 cable for 43 kW AC charging"
cl(T, aq, sq, "three connectors", 3, 3, "connectors", "=", "rapid charger", "connectors", "count")
cl(T, aq, sq, "43 kW", 43, 43, "kW", "=", "Type 2 cable on a rapid charger", "AC charging power", "other")
aq = "Our ultra-rapid hubs are in Peterborough, Ely and King's Lynn"
cl(T, aq, "Our ultra-rapid hubs are in Peterborough, Ely and King's Lynn, each with at least six bays under a covered canopy", "at least six bays", 6, None, "bays", ">=", "ultra-rapid hub", "charging bays", "count")
aq = "Once your car stops charging, you have 10 minutes"
cl(T, aq, "Once your car stops charging, you have 10 minutes to unplug and move before idle fees kick in", "10 minutes", 10, 10, "minute", "=", "end of a charging session", "grace period before idle fees", "duration")
aq = "Fenlight Plus costs £7.99 a month"
cl(T, aq, "Fenlight Plus costs £7.99 a month, and you can cancel it from the app whenever you like, with no minimum term", "£7.99 a month", 7.99, 7.99, "GBP/month", "=", "Fenlight Plus", "membership fee", "price")
aq = "Kerbside lamp-post chargers are billed by time at 4p a minute"
sq = "Kerbside lamp-post chargers are billed by time at 4p a minute, so leaving your car on one overnight for ten hours comes to £20"
cl(T, aq, sq, "4p a minute", 4, 4, "p/minute", "=", "kerbside lamp-post charger", "price per minute", "price")
cl(T, aq, sq, "ten hours", 10, 10, "hour", "=", "overnight lamp-post charge", "time plugged in", "duration")
cl(T, aq, sq, "£20", 20, 20, "GBP", "=", "ten-hour lamp-post charge", "total price", "price")
aq = "As of 2025, there are more than 260 charge points"
sq = "As of 2025, there are more than 260 charge points across 48 Fenlight sites in the East of England and the East Midlands"
cl(T, aq, sq, "more than 260 charge points", 260, None, "charge points", ">", "Fenlight network", "charge points", "count")
cl(T, aq, sq, "48 Fenlight sites", 48, 48, "sites", "=", "Fenlight network", "sites", "count")
aq = "Plus members pay 59p per kWh"
sq = "Plus members pay 59p per kWh on rapid and ultra-rapid chargers; on 7 kW and 22 kW posts they pay the standard price"
cl(T, aq, sq, "59p per kWh", 59, 59, "p/kWh", "=", "Plus members on rapid and ultra-rapid chargers", "price per kWh", "price")
cl(T, aq, sq, "7 kW", 7, 7, "kW", "=", "AC post", "charger power", "other")
cl(T, aq, sq, "22 kW", 22, 22, "kW", "=", "AC post", "charger power", "other")
aq = "Tethered cables on our rapid chargers are 5 m long"
cl(T, aq, "Tethered cables on our rapid chargers are 5 m long, which reaches most charge ports without having to reverse in", "5 m", 5, 5, "m", "=", "tethered cable on a rapid charger", "cable length", "other")
aq = "An 82 kWh car will typically go from 10 to 80%"
sq = "An 82 kWh car will typically go from 10 to 80% in about 35 minutes on an ultra-rapid charger, a bit longer in cold weather"
cl(T, aq, sq, "82 kWh", 82, 82, "kWh", "=", "example car", "battery size", "other")
cl(T, aq, sq, "from 10 to 80%", 10, 80, "%", "=", "example charge", "state of charge window", "percentage")
cl(T, aq, sq, "about 35 minutes", 35, 35, "minute", "~", "82 kWh car on an ultra-rapid charger", "time to charge from 10 to 80%", "duration")
aq = "Most RFID cards arrive within a week"
cl(T, aq, "Most RFID cards arrive within a week of ordering, in a plain white envelope with your account number on the letter", "within a week", None, 1, "week", "<=", "RFID card", "typical delivery time", "duration")

# support playbook (10 answers)
aq = "Ultra-rapid charging is only available at the Peterborough"
cl(M, aq, "Ely has 50 kW rapid chargers instead, so don't send drivers there for a quick top-up on a long trip", "50 kW", 50, 50, "kW", "=", "Ely rapid chargers", "charger power", "other")
aq = "There's a 20-minute grace period after a session ends."
cl(M, aq, "There's a 20-minute grace period after a session ends", "20-minute", 20, 20, "minute", "=", "end of a charging session", "grace period before idle fees", "duration")
aq = "Our ultra-rapid chargers deliver up to 150 kW"
cl(M, aq, "Our ultra-rapid chargers deliver up to 150 kW, though the car decides how much power it actually draws", "up to 150 kW", None, 150, "kW", "<=", "ultra-rapid charger", "maximum power", "limit")
aq = "(2022) Pay-as-you-go rapid charging costs 69p per kWh"
cl(M, aq, "(2022) Pay-as-you-go rapid charging costs 69p per kWh, with no connection fee", "69p per kWh", 69, 69, "p/kWh", "=", "pay-as-you-go rapid charging", "price per kWh", "price")
aq = "Since 2025, the helpline is staffed 24 hours a day"
cl(M, aq, "Since 2025, the helpline is staffed 24 hours a day, every day of the year (Christmas Day included)", "24 hours a day", 24, 24, "hour/day", "=", "helpline", "opening hours", "duration")
aq = "Plus Business drivers pay 62p per kWh on rapids."
cl(M, aq, "Plus Business drivers pay 62p per kWh on rapids", "62p per kWh", 62, 62, "p/kWh", "=", "Plus Business drivers on rapid chargers", "price per kWh", "price")
cl(M, aq, "The company is billed £4.99 per vehicle each month, on a single invoice", "£4.99 per vehicle each month", 4.99, 4.99, "GBP/month", "=", "Plus Business", "membership fee per vehicle", "price")
aq = "Refunds for a failed or double-charged session"
cl(M, aq, "Refunds for a failed or double-charged session take 3 to 5 working days to reach the driver's card", "3 to 5 working days", 3, 5, "working day", "=", "refund for a failed session", "time to arrive", "duration")
aq = "Explain that charging speed depends on the car"
cl(M, aq, "For example, on a frosty morning a cold battery might only take 30 kW at first", "30 kW", 30, 30, "kW", "=", "cold battery on a frosty morning", "charging power at first", "other", True)
aq = "The idle fee used to be 25p a minute"
cl(M, aq, "The idle fee used to be 25p a minute, before the 2024 tariff review", "25p a minute", 25, 25, "p/minute", "=", "idle fee before 2024", "price per minute", "price")
aq = "A new RFID card can take up to 10 working days"
cl(M, aq, "A new RFID card can take up to 10 working days to arrive, so suggest the app in the meantime", "up to 10 working days", None, 10, "working day", "<=", "RFID card", "delivery time", "duration")

# FAQ page (10 answers)
aq = "Plus membership is £6.99 per month"
cl(G, aq, "Plus membership is £6.99 per month, billed on the day you joined", "£6.99 per month", 6.99, 6.99, "GBP/month", "=", "Fenlight Plus", "membership fee", "price")
aq = "With Fenlight Plus, rapid and ultra-rapid charging is 59p a kWh"
cl(G, aq, "With Fenlight Plus, rapid and ultra-rapid charging is 59p a kWh instead of the usual rate", "59p a kWh", 59, 59, "p/kWh", "=", "Plus members on rapid and ultra-rapid chargers", "price per kWh", "price")
aq = "Since 2024, the pay-as-you-go price on our rapid chargers"
cl(G, aq, "Since 2024, the pay-as-you-go price on our rapid chargers has been 79p/kWh", "79p/kWh", 79, 79, "p/kWh", "=", "pay-as-you-go rapid charging", "price per kWh", "price")
sq = "On the 7 kW and 22 kW posts, the price is shown on the screen before you start"
cl(G, aq, sq, "7 kW", 7, 7, "kW", "=", "AC post", "charger power", "other")
cl(G, aq, sq, "22 kW", 22, 22, "kW", "=", "AC post", "charger power", "other")
aq = "A 40 kWh top-up on a rapid charger"
sq = "A 40 kWh top-up on a rapid charger at 79p per kWh comes to £35.60, with no connection fee on top"
cl(G, aq, sq, "40 kWh", 40, 40, "kWh", "=", "example rapid top-up", "energy", "other")
cl(G, aq, sq, "79p per kWh", 79, 79, "p/kWh", "=", "rapid charging", "price per kWh", "price")
cl(G, aq, sq, "£35.60", 35.6, 35.6, "GBP", "=", "40 kWh rapid top-up", "total price", "price")
aq = "Pay-as-you-go charging on our 7 kW and 22 kW posts"
sq = "Pay-as-you-go charging on our 7 kW and 22 kW posts is 55p per kWh, so it’s the cheapest way to charge if you’re parked for a few hours"
cl(G, aq, sq, "7 kW", 7, 7, "kW", "=", "AC post", "charger power", "other")
cl(G, aq, sq, "22 kW", 22, 22, "kW", "=", "AC post", "charger power", "other")
cl(G, aq, sq, "55p per kWh", 55, 55, "p/kWh", "=", "pay-as-you-go on 7 kW and 22 kW posts", "price per kWh", "price")
aq = "Idle fees are 50p a minute"
cl(G, aq, "Idle fees are 50p a minute and stop as soon as you unplug", "50p a minute", 50, 50, "p/minute", "=", "idle fee", "price per minute", "price")
aq = "Each tethered cable is about 16 ft long"
cl(G, aq, "Each tethered cable is about 16 ft long, so park as close to the charger as you can", "about 16 ft", 16, 16, "ft", "~", "tethered cable", "cable length", "other")
aq = "Yes. You can reserve a charger in the app"
cl(G, aq, "You can reserve a charger in the app for up to 20 minutes, which is handy if you’re a few miles away", "up to 20 minutes", None, 20, "minute", "<=", "charger reservation", "how long a charger is held", "limit")
aq = "Rapid sessions are capped at 45 minutes"
cl(G, aq, "Rapid sessions are capped at 45 minutes, so that everyone gets a turn at busy times", "capped at 45 minutes", None, 45, "minute", "<=", "rapid charging session", "maximum length", "limit")
aq = "Most cars charge at around 100 kW"
sq = "Most cars charge at around 100 kW on our ultra-rapid units, slowing down as the battery fills past 80%"
cl(G, aq, sq, "around 100 kW", 100, 100, "kW", "~", "typical car on an ultra-rapid charger", "charging power", "other")
cl(G, aq, sq, "past 80%", 80, None, "%", ">", "battery", "state of charge where charging slows", "percentage")

# help centre export (7 answers)
aq = "Ultra-rapid units can supply as much as 350 kW"
cl(J, aq, "Ultra-rapid units can supply as much as 350 kW to cars that can take it, although few cars on the road today can", "as much as 350 kW", None, 350, "kW", "<=", "ultra-rapid charger", "maximum power", "limit")
aq = "A session on a rapid charger stops automatically after one hour"
cl(J, aq, "A session on a rapid charger stops automatically after one hour", "after one hour", None, 1, "hour", "<=", "rapid charging session", "maximum length", "limit")
aq = "(2023) The Fenlight network has 140 charge points"
cl(J, aq, "(2023) The Fenlight network has 140 charge points, and we're adding more every month", "140 charge points", 140, 140, "charge points", "=", "Fenlight network", "charge points", "count")
aq = "Plus members save 20p on every rapid kWh"
sq = "Plus members save 20p on every rapid kWh, so a driver using 300 kWh a month saves £50"
cl(J, aq, sq, "20p on every rapid kWh", 20, 20, "p/kWh", "=", "Plus members on rapid chargers", "saving per kWh", "price")
cl(J, aq, sq, "300 kWh a month", 300, 300, "kWh/month", "=", "example driver", "energy used", "other")
cl(J, aq, sq, "£50", 50, 50, "GBP/month", "=", "example Plus member", "monthly saving", "price")
aq = "Without a membership, rapid charging costs £0.79 per kilowatt-hour"
cl(J, aq, "Without a membership, rapid charging costs £0.79 per kilowatt-hour, and you only pay for the energy you use", "£0.79 per kilowatt-hour", 0.79, 0.79, "GBP/kWh", "=", "pay-as-you-go rapid charging", "price per kWh", "price")
aq = "Most refunds land back on your card in about 4 working days"
cl(J, aq, "Most refunds land back on your card in about 4 working days, and we'll email you when it's on its way", "about 4 working days", 4, 4, "working day", "~", "refund", "time to arrive", "duration")
aq = "A 40 kWh car takes around 40 minutes"
sq = "A 40 kWh car takes around 40 minutes to go from 10 to 80% on a 50 kW rapid"
cl(J, aq, sq, "40 kWh", 40, 40, "kWh", "=", "example car", "battery size", "other")
cl(J, aq, sq, "around 40 minutes", 40, 40, "minute", "~", "40 kWh car on a 50 kW rapid", "time to charge from 10 to 80%", "duration")
cl(J, aq, sq, "from 10 to 80%", 10, 80, "%", "=", "example charge", "state of charge window", "percentage")
cl(J, aq, sq, "50 kW", 50, 50, "kW", "=", "rapid charger", "charger power", "other")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
