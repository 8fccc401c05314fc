#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the childcare domain (Little Heron Early Learning Centre)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "parent-answers.txt", "staff-handbook.md", "family-faq.html", "faq-records.json"

DOMAIN = ("Little Heron Early Learning Centre, a fictional childcare centre with two sites (Quinpool Road, Halifax and "
          "Dartmouth) in Nova Scotia, Canada (prices in Canadian dollars): daily, half-day and monthly fees, the "
          "provincial subsidy, registration, deposits, the activity fee, sibling discount, late pickup fees, summer "
          "programs, staff-to-child ratios, meals and allergies, illness and fever rules, sunscreen, diapers, what to "
          "pack, visits, pickup rules, opening hours, capacity, waitlists, settling in, naps and outings.")

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The parent answers give every full-day child breakfast, a hot lunch and two snacks, while the FAQ page includes only a hot lunch and one afternoon snack.",
  "meals provided", side(T, "Every full-day child gets breakfast, a hot lunch and two snacks"), side(H, "Meals included are a hot lunch and one afternoon snack")),
 ("list", "The handbook asks families to send indoor shoes, a water bottle, a sun hat and spare clothes, while the FAQ records say to pack just spare clothes and a water bottle.",
  "what families send in with their child", side(M, "send indoor shoes, a water bottle, a sun hat and spare clothes"), side(J, "Just pack spare clothes and a water bottle")),
 ("list", "The FAQ page keeps peanuts, tree nuts and sesame out of both centres, while the parent answers say peanuts and tree nuts are the only banned foods.",
  "foods banned at the centres", side(H, "Peanuts, tree nuts and sesame are all kept out of both centres"), side(T, "The only foods we ban are peanuts and tree nuts")),
 # polarity
 ("polarity", "The parent answers welcome parents to drop in at any time of day, while the handbook says unannounced visits aren't allowed during program hours.",
  "parents visiting during the day", side(T, "Parents are welcome to drop in at any time of day"), side(M, "Unannounced visits aren't allowed during program hours")),
 ("polarity", "The FAQ records say cloth diapers are fine, while the FAQ page says the centres can't use cloth diapers.",
  "cloth diapers", side(J, "Cloth diapers are fine at both centres"), side(H, "we are not able to use cloth diapers at either centre")),
 ("polarity", "The handbook has educators apply sunscreen before outdoor sessions, while the FAQ records say staff don't put sunscreen on children.",
  "who applies sunscreen", side(M, "Educators apply sunscreen before every outdoor session"), side(J, "Staff don't put sunscreen on children, so please apply it at home")),
 # numeric
 ("numeric", "The parent answers charge $1 for every minute of a late pickup, while the FAQ records bill $2 a minute.",
  "late pickup fee", side(T, "a late pickup costs $1 for every minute after closing"), side(J, "Late pickups are billed at $2 a minute")),
 ("numeric", "The FAQ page lets children back after 24 hours without a fever, while the handbook waits 48 hours after the last high temperature.",
  "fever-free time before returning", side(H, "Children can come back once they have been fever-free for 24 hours"), side(M, "can't return until 48 hours have passed since their last high temperature")),
 ("numeric", "The handbook asks for four weeks' written notice to withdraw, while the parent answers ask for 60 days' notice.",
  "notice needed to give up a place", side(M, "Families must give four weeks' written notice to withdraw"), side(T, "To give up your child's place, we need 60 days' notice")),
 ("numeric", "The FAQ records have one educator for every 8 preschoolers, while the FAQ page works to a 1:10 ratio in the preschool room.",
  "staff-to-child ratio in the preschool room", side(J, "There is one educator for every 8 preschoolers"), side(H, "In the preschool room we work to a 1:10 staff-to-child ratio")),
 # arithmetic
 ("arithmetic", "10% off $1,100 is $990, not $980.",
  "second child's monthly fee after the sibling discount", side(T, "a 10% sibling discount: the second child's $1,100 monthly fee"), side(T, "comes down to $980 after the discount")),
 ("arithmetic", "12 x $28 is $336, not $346.",
  "price of twelve half days", side(H, "Twelve half days at $28 each"), side(H, "add up to $346 on your invoice")),
 ("arithmetic", "$75 + $250 is $325, not $350.",
  "amount due when accepting a place", side(J, "The $75 registration fee and the $250 deposit"), side(J, "mean $350 is due when you accept a place")),
 # stale
 ("stale", "A 2022 record licenses Quinpool Road for 48 children, while a 2025 entry gives the Quinpool centre room for 62.",
  "capacity of the Quinpool Road centre", side(J, "(2022) Quinpool Road is licensed for 48 children"), side(M, "As of 2025, our Quinpool centre has room for 62 children")),
 ("stale", "A 2022 entry has the centres open 7:30am to 5:30pm, while a 2024 answer has them open 7am to 6pm.",
  "opening hours", side(M, "(2022) The centres open at 7:30am and close at 5:30pm"), side(H, "Since 2024, our doors have opened at 7am, and we close at 6pm")),
 ("stale", "A 2023 answer charges a $25 application fee for the waitlist, while a 2025 answer says joining the waitlist is free.",
  "fee to join the waitlist", side(H, "(2023) A non-refundable $25 application fee applies to every waitlist sign-up"), side(T, "Since 2025, joining our waitlist has been free")),
]

traps = [
 ("Different tier (subsidy): eligible families with the provincial subsidy pay $10 a day; the full preschool fee is $48 a day.",
  side(T, "eligible families pay just $10 a day for a full-time place"), side(H, "A full day in the preschool room is $48")),
 ("Different condition (age group): the infant room is one educator to four babies, the toddler room 1:6.",
  side(M, "In the infant room there's one educator for every four babies"), side(T, "Our toddler room runs at 1:6")),
 ("Different region (centre): the Dartmouth waitlist is around 6 months, the Quinpool Road wait about 14 months.",
  side(J, "The Dartmouth centre's waitlist is around 6 months"), side(M, "The wait at Quinpool Road is about 14 months")),
 ("Different condition (length of day): a preschool half day is $28, a full day $48.",
  side(J, "Preschool half days (morning or afternoon) are $28"), side(M, "If a parent asks, five full preschool days a week at $48")),
 ("Similarly named programs: Summer Explorers (ages 4 and 5) is $210 a week, Summer Explorers Junior (ages 2 and 3) $180.",
  side(H, "Summer Explorers costs $210 a week"), side(J, "Summer Explorers Junior is $180 per week")),
 ("Same value in other units: 38°C is 100.4°F.",
  side(T, "A temperature of 38°C or higher means we'll call you"), side(J, "anything at or above 100.4°F as a fever")),
 ("Correct computation: 5 x $48 is $240.",
  side(M, "five full preschool days a week at $48"), side(M, "come to $240 a week, before any subsidy")),
 ("Correct percentage: 15% off $120 is $102.",
  side(H, "The yearly activity fee is $120, and paying before September takes 15% off"), side(H, "so early payers are charged $102")),
 ("About 10 days lies inside the 1 to 2 week range.",
  side(M, "Settling in usually takes 1 to 2 weeks"), side(H, "most children feel at home after about 10 days")),
 ("Three hours is a hedged example for a new toddler ('For example ... might'), not the usual nap of around 90 minutes.",
  side(J, "For example, a toddler who has just started might sleep for three hours"), side(T, "Toddlers usually nap for around 90 minutes after lunch")),
 ("An old value marked as old: the activity fee was $90 a year before the 2024 fee update; it is $120 now.",
  side(M, "The activity fee used to be $90 a year, before the 2024 fee update"), side(H, "The yearly activity fee is $120")),
 ("'Up to 12 weeks' is the longest a subsidy application can take; most are approved in about six weeks.",
  side(H, "Subsidy applications can take up to 12 weeks to be approved"), side(J, "Most subsidy applications are approved in about six weeks")),
 ("The list of outings is open ('such as'), so the museum trip is consistent.",
  side(M, "such as the Public Gardens, the library, Point Pleasant Park and the fire station"), side(T, "loved their trip to the Museum of Natural History")),
 ("The same pickup rule stated in both directions.",
  side(J, "Only adults named on the pickup form may collect a child"), side(T, "We won't release a child to anyone who isn't on the authorized pickup list")),
]

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

# parent answers (7 answers)
aq = "If you're held up, a late pickup costs $1"
cl(T, aq, "If you're held up, a late pickup costs $1 for every minute after closing, added to your next invoice", "$1 for every minute", 1, 1, "CAD/minute", "=", "late pickup", "fee per minute", "price")
aq = "To give up your child's place"
cl(T, aq, "To give up your child's place, we need 60 days' notice in writing so we can offer it to the next family on the list", "60 days' notice", 60, None, "day", ">=", "giving up a place", "notice needed", "duration")
aq = "Brothers and sisters get a 10% sibling discount"
sq = "Brothers and sisters get a 10% sibling discount: the second child's $1,100 monthly fee comes down to $980 after the discount"
cl(T, aq, sq, "10% sibling discount", 10, 10, "%", "=", "second child", "sibling discount", "percentage")
cl(T, aq, sq, "$1,100 monthly fee", 1100, 1100, "CAD/month", "=", "second child", "monthly fee before the discount", "price")
cl(T, aq, sq, "$980", 980, 980, "CAD/month", "=", "second child", "monthly fee after the discount", "price")
aq = "With the provincial subsidy"
cl(T, aq, "With the provincial subsidy, eligible families pay just $10 a day for a full-time place", "$10 a day", 10, 10, "CAD/day", "=", "subsidised full-time place", "daily fee", "price")
aq = "Our toddler room runs at 1:6"
cl(T, aq, "Our toddler room runs at 1:6, so there's always an educator close by at snack time", "1:6", 6, 6, "children per educator", "=", "toddler room", "staff-to-child ratio", "other")
aq = "A temperature of 38°C or higher"
cl(T, aq, "A temperature of 38°C or higher means we'll call you to collect your child, even if they seem happy", "38°C or higher", 38, None, "°C", ">=", "child's temperature", "fever threshold for going home", "other")
aq = "Toddlers usually nap for around 90 minutes"
cl(T, aq, "Toddlers usually nap for around 90 minutes after lunch, on their own cot with bedding we wash every week", "around 90 minutes", 90, 90, "minute", "~", "toddler", "nap length", "duration")

# staff handbook (9 answers)
aq = "Unannounced visits aren't allowed during program hours"
cl(M, aq, "Parents should book a visit with the room lead at least a day ahead", "at least a day ahead", 1, None, "day", ">=", "parent visit", "notice needed", "duration")
aq = "A child can't return until 48 hours"
cl(M, aq, "A child can't return until 48 hours have passed since their last high temperature, even if they seem fine at home", "48 hours", 48, None, "hour", ">=", "child after a fever", "time before returning", "duration")
aq = "Families must give four weeks' written notice"
cl(M, aq, "Families must give four weeks' written notice to withdraw, or pay the fees for the notice period instead", "four weeks' written notice", 4, None, "week", ">=", "giving up a place", "notice needed", "duration")
aq = "As of 2025, our Quinpool centre has room for 62 children"
cl(M, aq, "As of 2025, our Quinpool centre has room for 62 children across the infant, toddler and preschool rooms", "62 children", 62, 62, "children", "=", "Quinpool Road centre", "licensed places", "count")
aq = "In the infant room there's one educator for every four babies"
cl(M, aq, "In the infant room there's one educator for every four babies, and that doesn't change at naptime", "every four babies", 4, 4, "children per educator", "=", "infant room", "staff-to-child ratio", "other")
aq = "The wait at Quinpool Road is about 14 months"
cl(M, aq, "The wait at Quinpool Road is about 14 months, so tell expecting parents to sign up early", "about 14 months", 14, 14, "month", "~", "Quinpool Road waitlist", "waiting time", "duration")
aq = "If a parent asks, five full preschool days"
sq = "If a parent asks, five full preschool days a week at $48 come to $240 a week, before any subsidy"
cl(M, aq, sq, "five full preschool days a week", 5, 5, "days/week", "=", "full-time preschool place", "days attended", "count")
cl(M, aq, sq, "$48", 48, 48, "CAD/day", "=", "full preschool day", "daily fee", "price")
cl(M, aq, sq, "$240 a week", 240, 240, "CAD/week", "=", "five preschool days", "weekly fee", "price")
aq = "Settling in usually takes 1 to 2 weeks"
cl(M, aq, "Settling in usually takes 1 to 2 weeks, starting with short visits with a parent in the room", "1 to 2 weeks", 1, 2, "week", "=", "new child", "time to settle in", "duration")
aq = "The activity fee used to be $90 a year"
cl(M, aq, "The activity fee used to be $90 a year, before the 2024 fee update", "$90 a year", 90, 90, "CAD/year", "=", "activity fee before 2024", "yearly fee", "price")

# Bricks FAQ page (11 answers)
aq = "A full day in the preschool room is $48"
cl(H, aq, "A full day in the preschool room is $48, and that covers supplies and outings", "$48", 48, 48, "CAD/day", "=", "full preschool day", "daily fee", "price")
aq = "Half days are billed monthly"
sq = "Twelve half days at $28 each add up to $346 on your invoice"
cl(H, aq, sq, "Twelve half days", 12, 12, "half days", "=", "example month", "half days attended", "count")
cl(H, aq, sq, "$28 each", 28, 28, "CAD", "=", "preschool half day", "price per half day", "price")
cl(H, aq, sq, "$346", 346, 346, "CAD", "=", "twelve half days", "total price", "price")
aq = "(2023) A non-refundable $25 application fee"
cl(H, aq, "(2023) A non-refundable $25 application fee applies to every waitlist sign-up", "$25", 25, 25, "CAD", "=", "waitlist sign-up", "application fee", "price")
aq = "Summer Explorers costs $210 a week"
sq = "Summer Explorers costs $210 a week and is for children aged 4 and 5 who are starting school in September"
cl(H, aq, sq, "$210 a week", 210, 210, "CAD/week", "=", "Summer Explorers", "weekly price", "price")
cl(H, aq, sq, "aged 4 and 5", 4, 5, "year", "=", "Summer Explorers", "children's ages", "limit")
aq = "The yearly activity fee is $120"
sq = "The yearly activity fee is $120, and paying before September takes 15% off, so early payers are charged $102"
cl(H, aq, sq, "$120", 120, 120, "CAD/year", "=", "activity fee", "yearly fee", "price")
cl(H, aq, sq, "15% off", 15, 15, "%", "=", "activity fee paid before September", "discount", "percentage")
cl(H, aq, sq, "$102", 102, 102, "CAD", "=", "activity fee paid before September", "price", "price")
aq = "Subsidy applications can take up to 12 weeks"
cl(H, aq, "Subsidy applications can take up to 12 weeks to be approved by the province, so apply as soon as you accept a place", "up to 12 weeks", None, 12, "week", "<=", "subsidy application", "time to approval", "duration")
aq = "Children can come back once they have been fever-free for 24 hours"
cl(H, aq, "Children can come back once they have been fever-free for 24 hours without any medicine", "24 hours", 24, None, "hour", ">=", "child after a fever", "time before returning", "duration")
aq = "In the preschool room we work to a 1:10"
cl(H, aq, "In the preschool room we work to a 1:10 staff-to-child ratio, which is what the province requires", "1:10", 10, 10, "children per educator", "=", "preschool room", "staff-to-child ratio", "other")
aq = "It varies from child to child"
cl(H, aq, "It varies from child to child, but most children feel at home after about 10 days", "about 10 days", 10, 10, "day", "~", "new child", "time to settle in", "duration")
aq = "We care for children from 12 months"
cl(H, aq, "We care for children from 12 months until they start school, in our infant, toddler and preschool rooms", "from 12 months", 12, None, "month", ">=", "child", "minimum age", "limit")
aq = "Yes, twice a day in almost all weather"
cl(H, aq, "Yes, twice a day in almost all weather, so please dress your child for rain and snow", "twice a day", 2, 2, "times/day", "=", "outdoor play", "sessions per day", "count")

# FAQ records (11 answers)
aq = "Late pickups are billed at $2 a minute"
sq = "Late pickups are billed at $2 a minute from the moment the centre closes, and we'll call your emergency contacts after 15 minutes"
cl(J, aq, sq, "$2 a minute", 2, 2, "CAD/minute", "=", "late pickup", "fee per minute", "price")
cl(J, aq, sq, "after 15 minutes", 15, 15, "minute", "=", "late pickup", "time before emergency contacts are called", "duration")
aq = "There is one educator for every 8 preschoolers"
cl(J, aq, "There is one educator for every 8 preschoolers, indoors and out", "every 8 preschoolers", 8, 8, "children per educator", "=", "preschool room", "staff-to-child ratio", "other")
aq = "The $75 registration fee and the $250 deposit"
sq = "The $75 registration fee and the $250 deposit mean $350 is due when you accept a place"
cl(J, aq, sq, "$75", 75, 75, "CAD", "=", "new place", "registration fee", "price")
cl(J, aq, sq, "$250", 250, 250, "CAD", "=", "new place", "deposit", "price")
cl(J, aq, sq, "$350", 350, 350, "CAD", "=", "accepting a place", "amount due", "price")
aq = "(2022) Quinpool Road is licensed for 48 children"
cl(J, aq, "(2022) Quinpool Road is licensed for 48 children", "48 children", 48, 48, "children", "=", "Quinpool Road centre", "licensed places", "count")
aq = "The Dartmouth centre's waitlist is around 6 months"
cl(J, aq, "The Dartmouth centre's waitlist is around 6 months at the moment", "around 6 months", 6, 6, "month", "~", "Dartmouth waitlist", "waiting time", "duration")
aq = "Yes. Preschool half days"
cl(J, aq, "Preschool half days (morning or afternoon) are $28, and you can mix half days and full days", "$28", 28, 28, "CAD", "=", "preschool half day", "price per half day", "price")
aq = "Summer Explorers Junior is $180 per week"
sq = "Summer Explorers Junior is $180 per week, for children aged 2 and 3, with shorter outings and a longer rest"
cl(J, aq, sq, "$180 per week", 180, 180, "CAD/week", "=", "Summer Explorers Junior", "weekly price", "price")
cl(J, aq, sq, "aged 2 and 3", 2, 3, "year", "=", "Summer Explorers Junior", "children's ages", "limit")
aq = "We treat anything at or above 100.4°F"
cl(J, aq, "We treat anything at or above 100.4°F as a fever and will ask you to pick your child up", "at or above 100.4°F", 100.4, None, "°F", ">=", "child's temperature", "fever threshold for going home", "other")
aq = "It depends on the child. For example"
cl(J, aq, "For example, a toddler who has just started might sleep for three hours on their first few days", "three hours", 3, 3, "hour", "=", "toddler who has just started", "nap length", "duration", True)
aq = "Most subsidy applications are approved in about six weeks"
cl(J, aq, "Most subsidy applications are approved in about six weeks, and the reduced fee is backdated to your start date", "about six weeks", 6, 6, "week", "~", "subsidy application", "time to approval", "duration")
aq = "Both centres have drop-off bays"
cl(J, aq, "Both centres have drop-off bays you can use for up to 10 minutes while you sign your child in", "up to 10 minutes", None, 10, "minute", "<=", "drop-off bay", "parking time", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
