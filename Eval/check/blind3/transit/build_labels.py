#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the transit domain (Corrin Valley Connect)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, A = "rider-help.txt", "station-staff-notes.md", "passes-and-fares.html", "fares-archive-2022.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 ("list", "Rider Help lists Corner Mart stores as a top-up point, while the fares page says top-ups are accepted only at station machines, online and in the app.",
  "ValleyCard top-up channels", side(T, "at station ticket machines, online, in the Connect app or at any Corner Mart store"), side(H, "Top-ups are accepted only at station ticket machines, online and through the Connect app")),
 ("list", "The fares page says the Monthly Pass is valid on the Lakeside ferry as well as buses and trains, while the archive says the month pass covers buses and trains only.",
  "modes covered by the Monthly Pass", side(H, "A Monthly Pass is valid on local buses, Riverline trains and the Lakeside ferry"), side(A, "The month pass covers local buses and Riverline trains only")),
 ("list", "Rider Help accepts a state ID card as proof of age for a Senior ValleyCard, while the fares page accepts only a passport or driver's license.",
  "proof of age accepted for a Senior ValleyCard", side(T, "a passport, driving licence or state ID card is accepted"), side(H, "Only a passport or a driver's license is accepted as proof of age")),
 ("polarity", "Rider Help allows full-size bikes on trains at all times including rush hours, while the staff notes ban full-size bikes in weekday peak hours.",
  "full-size bikes on Riverline trains at peak times", side(T, "Full-size bicycles and folding bikes are welcome on Riverline trains at all times"), side(M, "Full-size bikes are not allowed on Riverline trains during weekday peak hours")),
 ("polarity", "The fares page says the Day Pass is valid on the Airport Express with no supplement, while the staff notes say 24-hour passes do not cover it.",
  "Day Pass validity on the Airport Express", side(H, "The Day Pass is valid on the Airport Express at no extra charge"), side(M, "24-hour passes do not cover the Airport Express")),
 ("polarity", "Rider Help refunds an unused Monthly Pass within 14 days, while the archive says monthly passes cannot be refunded even if unused.",
  "refund of an unused Monthly Pass", side(T, "An unused Monthly Pass can be refunded in full within 14 days of purchase"), side(A, "Monthly passes cannot be refunded after purchase, even if they have never been used")),
 ("numeric", "Rider Help gives $5 to replace a lost ValleyCard, while the fares page gives an $8 fee for a replacement card.",
  "ValleyCard replacement fee", side(T, "Replacing a lost or stolen ValleyCard costs $5"), side(H, "A replacement card is issued for an $8 fee")),
 ("numeric", "Rider Help sets the senior fare at 65 and over, while the staff notes say riders become eligible at 62.",
  "senior fare eligibility age", side(T, "Seniors aged 65 and over pay half the adult fare"), side(M, "Riders become eligible for the senior fare at 62")),
 ("numeric", "Rider Help prices the zones 1-2 Day Pass at $9.50, while the fares page lists the zones 1-2 24-hour pass at $10.50.",
  "zones 1-2 Day Pass price", side(T, "A Day Pass for zones 1 and 2 costs $9.50"), side(H, "24-hour pass, zones 1–2: $10.50")),
 ("numeric", "The staff notes give a free bus-to-bus transfer within 90 minutes, while the archive says transfers are free for 2 hours.",
  "free transfer window", side(M, "A bus-to-bus transfer is free within 90 minutes of the first tap"), side(A, "Transfers are free for 2 hours from your first boarding")),
 ("arithmetic", "3 rides at $2.50 is $7.50, not $8.50.",
  "daily bus fare cap", side(H, "Once you have paid for 3 rides at $2.50"), side(H, "the most you will ever pay for a day of city buses is $8.50")),
 ("arithmetic", "$540 minus $450 is $90, not $60.",
  "Youth Annual Pass saving", side(M, "Twelve Youth Monthly Passes at $45 each come to $540"), side(M, "so the $450 Youth Annual Pass saves a family $60 a year")),
 ("arithmetic", "$2.40 instead of $4.00 is a 40% discount, not 30%.",
  "student rail single discount", side(T, "Full-time students pay $2.40 for a zone 1–2 rail single, compared with $4.00 for adults"), side(T, "That is a discount of 30% on every trip")),
 ("stale", "A 2022 answer gives $2.75 for a zone 1 adult rail single, while a 2025 answer gives $3.25.",
  "zone 1 adult single rail fare", side(A, "(2022) An adult single Riverline ticket inside zone 1 is $2.75"), side(T, "Since 2025, an adult single rail ticket within zone 1 costs $3.25")),
 ("stale", "A 2021 note gives $85 for the zones 1-2 Monthly Pass, while a 2024 answer gives $99.",
  "zones 1-2 Monthly Pass price", side(M, "(2021) The Monthly Pass is $85 for travel in zones 1 and 2"), side(H, "As of 2024, the monthly pass is priced at $99 for zones 1–2")),
 ("stale", "A 2021 answer gives $3 a day for Park & Ride parking, while a 2025 answer gives $4 a day.",
  "Park & Ride daily parking charge", side(A, "(2021) Park-and-ride lots charge $3 per day"), side(T, "Updated 2025: parking at our Park & Ride lots is $4 a day")),
]

traps = [
 ("Different zones: $9.50 is the zones 1-2 Day Pass, $14 the all-zones Day Pass.",
  side(T, "zones 1 and 2 costs $9.50 and covers unlimited rides"), side(M, "An all-zones Day Pass is $14 and is sold at every ticket machine")),
 ("Similarly named products: the ValleyCard can be topped up, the paper ValleyCard Flex cannot.",
  side(T, "You can top up a ValleyCard at station ticket machines"), side(A, "ValleyCard Flex cards cannot be topped up")),
 ("Same value in other units: 55 lb is about 25 kg.",
  side(H, "The racks carry bikes weighing up to 55 lb"), side(M, "Bus bike racks take bikes of up to 25 kg each")),
 ("Correct computation: $29 for 10 rides is $2.90 a ride.",
  side(A, "A ValleyCard Flex 10-ride card costs $29"), side(A, "which works out at $2.90 a ride")),
 ("Correct percentage: 25% off $6.00 is $4.50.",
  side(H, "Off-peak rail fares are 25% lower than peak fares"), side(H, "a $6.00 zone 1–3 single costs $4.50 off-peak")),
 ("The typical 20-minute midday interval lies inside the 15-30 minute range.",
  side(H, "Riverline trains run every 15 to 30 minutes through the day"), side(M, "Midday Riverline trains typically run every 20 minutes on weekdays")),
 ("50 minutes is a hedged rush-hour example with delays, not the 38-minute scheduled time.",
  side(T, "A trip from Corrin Central to Ashby might take 50 minutes"), side(M, "The scheduled Riverline journey from Corrin Central to Ashby takes 38 minutes")),
 ("The $4 airport supplement is explicitly the former price; $6 is current.",
  side(M, "Riders used to pay a $4 supplement for the Airport Express"), side(T, "the Airport Express supplement is $6 each way")),
 ("'Up to 10 business days' is a maximum; about 3 business days is typical.",
  side(T, "Refunds to a bank card can take up to 10 business days"), side(M, "Most card refunds reach the rider's bank in about 3 business days")),
 ("The step-free list is open ('include'), so Pell Street being step-free is consistent.",
  side(H, "Step-free stations include Corrin Central, Ashby and Harwell"), side(M, "Pell Street station has also been step-free since its new lift opened")),
 ("The same age-5 rule stated in both directions.",
  side(T, "Children under 5 ride free with a paying adult"), side(M, "Riders aged 5 and over need their own ticket")),
 ("Different condition: registered cards keep their balance when lost, unregistered ones do not.",
  side(T, "A registered ValleyCard keeps its balance if it is lost"), side(M, "If an unregistered ValleyCard is lost, its balance cannot be recovered")),
 ("Different regions: $2.50 is the city bus single, $3.00 the zone 3 rural bus single.",
  side(H, "3 rides at $2.50, further bus rides that day are free"), side(A, "Rural bus routes in zone 3 charge a single fare of $3.00")),
 ("Correct computation: $38 over 7 days is about $5.43 a day.",
  side(T, "A 7-Day Pass costs $38, which works out to"), side(T, "about $5.43 a day if you travel every day")),
 ("Different tiers: $99 is the adult monthly pass, $45 the Youth Monthly Pass.",
  side(H, "the monthly pass is priced at $99"), side(M, "Twelve Youth Monthly Passes at $45 each")),
]

labels = {
 "domain": "Corrin Valley Connect (CVC), a fictional regional rail and bus operator: ValleyCard smart cards and top-ups, day, weekly, monthly and annual passes, concessions, fare capping, transfers, the Airport Express, bikes, accessibility and Park & Ride.",
 "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
json.dump(labels, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# rider help
aq = "Corrin Valley Connect runs the Riverline regional trains"
cl(T, aq, "Corrin Valley Connect runs the Riverline regional trains and 41 local bus routes across Corrin, Ashby and Millbrook counties", "41 local bus routes", 41, 41, "routes", "=", "CVC", "number of local bus routes", "count")

aq = "Replacing a lost or stolen ValleyCard costs $5"
cl(T, aq, "Replacing a lost or stolen ValleyCard costs $5", "$5", 5, 5, "USD", "=", "ValleyCard", "replacement fee", "price")

aq = "A registered ValleyCard keeps its balance if it is lost"
cl(T, aq, "A registered ValleyCard keeps its balance if it is lost: we move the full amount to your replacement card within 2 business days", "within 2 business days", None, 2, "business day", "<=", "registered ValleyCard balance transfer", "time to move balance", "duration")

aq = "A Day Pass for zones 1 and 2 costs $9.50"
cl(T, aq, "A Day Pass for zones 1 and 2 costs $9.50 and covers unlimited rides on trains and buses in those zones until the end of the service day", "$9.50", 9.50, 9.50, "USD", "=", "Day Pass, zones 1-2", "price", "price")

aq = "Seniors aged 65 and over pay half the adult fare"
sq = "Seniors aged 65 and over pay half the adult fare on every train and bus"
cl(T, aq, sq, "65 and over", 65, None, "year", ">=", "senior fare", "eligible age", "other")
cl(T, aq, sq, "half the adult fare", 50, 50, "%", "=", "senior fare", "share of adult fare", "percentage")

aq = "An unused Monthly Pass can be refunded in full"
cl(T, aq, "An unused Monthly Pass can be refunded in full within 14 days of purchase", "within 14 days", None, 14, "day", "<=", "unused Monthly Pass", "refund window", "duration")

aq = "Since 2025, an adult single rail ticket within zone 1 costs $3.25"
cl(T, aq, "Since 2025, an adult single rail ticket within zone 1 costs $3.25", "$3.25", 3.25, 3.25, "USD", "=", "adult zone 1 rail single", "fare", "price")

aq = "Refunds to a bank card can take up to 10 business days"
cl(T, aq, "Refunds to a bank card can take up to 10 business days to appear, depending on your bank", "up to 10 business days", None, 10, "business day", "<=", "card refund", "time to arrive", "duration")

aq = "For pay-as-you-go riders, the Airport Express supplement"
cl(T, aq, "For pay-as-you-go riders, the Airport Express supplement is $6 each way and is added automatically when you tap out at Corrin Airport", "$6 each way", 6, 6, "USD", "=", "Airport Express", "supplement per trip", "price")

aq = "Children under 5 ride free with a paying adult"
sq = "Children under 5 ride free with a paying adult, up to 3 children per adult"
cl(T, aq, sq, "under 5", None, 5, "year", "<", "free child travel", "age limit", "other")
cl(T, aq, sq, "up to 3 children per adult", None, 3, "persons", "<=", "free child travel", "children per paying adult", "count")

aq = "A trip from Corrin Central to Ashby might take 50 minutes"
cl(T, aq, "A trip from Corrin Central to Ashby might take 50 minutes at rush hour if there are delays, so allow extra time for connections", "50 minutes", 50, 50, "min", "=", "Corrin Central to Ashby at rush hour with delays", "journey time", "duration", True)

aq = "A 7-Day Pass costs $38"
sq = "A 7-Day Pass costs $38, which works out to about $5.43 a day if you travel every day of the week"
cl(T, aq, sq, "$38", 38, 38, "USD", "=", "7-Day Pass", "price", "price")
cl(T, aq, sq, "about $5.43 a day", 5.43, 5.43, "USD/day", "~", "7-Day Pass", "price per day", "price")

aq = "Full-time students pay $2.40 for a zone 1–2 rail single"
sq = "Full-time students pay $2.40 for a zone 1–2 rail single, compared with $4.00 for adults"
cl(T, aq, sq, "$2.40", 2.40, 2.40, "USD", "=", "student zone 1-2 rail single", "fare", "price")
cl(T, aq, sq, "$4.00", 4.00, 4.00, "USD", "=", "adult zone 1-2 rail single", "fare", "price")
cl(T, aq, "That is a discount of 30% on every trip", "30%", 30, 30, "%", "=", "student rail single", "discount", "percentage")

# staff notes
aq = "An all-zones Day Pass is $14"
cl(M, aq, "An all-zones Day Pass is $14 and is sold at every ticket machine", "$14", 14, 14, "USD", "=", "all-zones Day Pass", "price", "price")

aq = "Riders become eligible for the senior fare at 62"
cl(M, aq, "Riders become eligible for the senior fare at 62", "at 62", 62, None, "year", ">=", "senior fare", "eligible age", "other")

aq = "A bus-to-bus transfer is free within 90 minutes"
cl(M, aq, "A bus-to-bus transfer is free within 90 minutes of the first tap", "within 90 minutes", None, 90, "min", "<=", "bus-to-bus transfer", "free transfer window", "duration")

aq = "(2021) The Monthly Pass is $85"
cl(M, aq, "(2021) The Monthly Pass is $85 for travel in zones 1 and 2", "$85", 85, 85, "USD/month", "=", "Monthly Pass, zones 1-2", "price", "price")

aq = "The scheduled Riverline journey from Corrin Central to Ashby"
sq = "The scheduled Riverline journey from Corrin Central to Ashby takes 38 minutes, with four stops in between"
cl(M, aq, sq, "38 minutes", 38, 38, "min", "=", "Riverline Corrin Central to Ashby", "scheduled journey time", "duration")
cl(M, aq, sq, "four stops", 4, 4, "stops", "=", "Riverline Corrin Central to Ashby", "intermediate stops", "count")

aq = "Riders used to pay a $4 supplement for the Airport Express"
cl(M, aq, "Riders used to pay a $4 supplement for the Airport Express before the 2024 timetable change", "$4", 4, 4, "USD", "=", "Airport Express", "former supplement", "price")

aq = "Bus bike racks take bikes of up to 25 kg each"
cl(M, aq, "Bus bike racks take bikes of up to 25 kg each", "up to 25 kg", None, 25, "kg", "<=", "bus bike rack", "maximum bike weight", "limit")

aq = "Twelve Youth Monthly Passes at $45 each"
sq = "Twelve Youth Monthly Passes at $45 each come to $540, so the $450 Youth Annual Pass saves a family $60 a year"
cl(M, aq, sq, "Twelve", 12, 12, "passes", "=", "Youth Monthly Pass", "number of passes in a year", "count")
cl(M, aq, sq, "$45 each", 45, 45, "USD/month", "=", "Youth Monthly Pass", "price", "price")
cl(M, aq, sq, "$540", 540, 540, "USD", "=", "twelve Youth Monthly Passes", "total price", "price")
cl(M, aq, sq, "$450", 450, 450, "USD/year", "=", "Youth Annual Pass", "price", "price")
cl(M, aq, sq, "$60 a year", 60, 60, "USD/year", "=", "Youth Annual Pass", "saving over monthly passes", "price")

# fares page
aq = "Top-ups are accepted only at station ticket machines"
sq = "The minimum top-up is $5 and a card can hold a balance of up to $150"
cl(H, aq, sq, "$5", 5, None, "USD", ">=", "ValleyCard top-up", "minimum top-up", "limit")
cl(H, aq, sq, "up to $150", None, 150, "USD", "<=", "ValleyCard", "maximum balance", "limit")

aq = "A replacement card is issued for an $8 fee"
cl(H, aq, "A replacement card is issued for an $8 fee", "$8", 8, 8, "USD", "=", "ValleyCard", "replacement fee", "price")

aq = "Pass prices for adults travelling in zones 1–2:"
cl(H, aq, "24-hour pass, zones 1–2: $10.50", "$10.50", 10.50, 10.50, "USD", "=", "24-hour pass, zones 1-2", "price", "price")
cl(H, aq, "7-Day Pass, zones 1–2: $38", "$38", 38, 38, "USD", "=", "7-Day Pass, zones 1-2", "price", "price")
cl(H, aq, "Annual Pass, zones 1–2: $990", "$990", 990, 990, "USD/year", "=", "Annual Pass, zones 1-2", "price", "price")

aq = "As of 2024, the monthly pass is priced at $99"
cl(H, aq, "As of 2024, the monthly pass is priced at $99 for zones 1–2", "$99", 99, 99, "USD/month", "=", "monthly pass, zones 1-2", "price", "price")

aq = "Bus fares in the city are capped each day"
sq = "Once you have paid for 3 rides at $2.50, further bus rides that day are free, so the most you will ever pay for a day of city buses is $8.50"
cl(H, aq, sq, "3 rides", 3, 3, "rides", "=", "city bus fare cap", "paid rides before cap", "count")
cl(H, aq, sq, "$2.50", 2.50, 2.50, "USD", "=", "city bus single", "fare", "price")
cl(H, aq, sq, "$8.50", None, 8.50, "USD/day", "<=", "city bus fare cap", "maximum daily spend", "price")

aq = "Off-peak rail fares are 25% lower than peak fares"
sq = "Off-peak rail fares are 25% lower than peak fares, so a $6.00 zone 1–3 single costs $4.50 off-peak"
cl(H, aq, sq, "25% lower", 25, 25, "%", "=", "off-peak rail fare", "discount on peak fare", "percentage")
cl(H, aq, sq, "$6.00", 6.00, 6.00, "USD", "=", "zone 1-3 rail single at peak", "fare", "price")
cl(H, aq, sq, "$4.50", 4.50, 4.50, "USD", "=", "zone 1-3 rail single off-peak", "fare", "price")

aq = "Every Connect bus has a front rack that holds two bicycles"
cl(H, aq, "Every Connect bus has a front rack that holds two bicycles", "two bicycles", None, 2, "bikes", "<=", "bus front rack", "bike capacity", "count")
cl(H, aq, "The racks carry bikes weighing up to 55 lb", "up to 55 lb", None, 55, "lb", "<=", "bus bike rack", "maximum bike weight", "limit")

# archive
aq = "(2022) An adult single Riverline ticket inside zone 1 is $2.75"
cl(A, aq, "(2022) An adult single Riverline ticket inside zone 1 is $2.75", "$2.75", 2.75, 2.75, "USD", "=", "adult zone 1 rail single", "fare", "price")

aq = "Transfers are free for 2 hours from your first boarding"
cl(A, aq, "Transfers are free for 2 hours from your first boarding, on any bus or train", "2 hours", None, 2, "hour", "<=", "transfer", "free transfer window", "duration")

aq = "(2021) Park-and-ride lots charge $3 per day"
cl(A, aq, "(2021) Park-and-ride lots charge $3 per day", "$3 per day", 3, 3, "USD/day", "=", "Park & Ride", "daily parking charge", "price")

aq = "A ValleyCard Flex 10-ride card costs $29"
sq = "A ValleyCard Flex 10-ride card costs $29, which works out at $2.90 a ride"
cl(A, aq, sq, "10-ride", 10, 10, "rides", "=", "ValleyCard Flex", "rides per card", "count")
cl(A, aq, sq, "$29", 29, 29, "USD", "=", "ValleyCard Flex", "price", "price")
cl(A, aq, sq, "$2.90 a ride", 2.90, 2.90, "USD", "=", "ValleyCard Flex", "price per ride", "price")

aq = "A Group Day Ticket covers up to 5 people"
sq = "A Group Day Ticket covers up to 5 people travelling together and costs $24"
cl(A, aq, sq, "up to 5 people", None, 5, "persons", "<=", "Group Day Ticket", "group size", "count")
cl(A, aq, sq, "$24", 24, 24, "USD", "=", "Group Day Ticket", "price", "price")

aq = "Youth ValleyCards for riders aged 13 to 17 carry a photo"
cl(A, aq, "Youth ValleyCards for riders aged 13 to 17 carry a photo; cards for younger children do not", "aged 13 to 17", 13, 17, "year", "=", "Youth ValleyCard with photo", "rider age", "other")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(labels["conflicts"]), "conflicts", len(labels["traps"]), "traps", len(C), "claims")
