#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the fitness domain (Brisklane Athletic Clubs)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, D, G = "member-answers.txt", "front-desk-notes.md", "membership-faq.html", "new-member-guide.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The member answers say Glebe, Westdale and Kingston Downtown never close, while the membership FAQ limits round-the-clock access to Glebe and Westdale.",
  "clubs open around the clock", side(T, "Our Glebe, Westdale and Kingston Downtown clubs never close"), side(D, "Round-the-clock access is limited to Glebe and Westdale")),
 ("list", "The front desk notes take dues by pre-authorized debit, Visa, Mastercard or American Express, while the new member guide takes Visa, Mastercard and bank debit only.",
  "ways to pay monthly dues", side(M, "Dues can be paid by pre-authorized debit, Visa, Mastercard or American Express"), side(G, "We take monthly payments by Visa, Mastercard and bank debit only")),
 ("list", "The front desk notes limit Core Plus classes to yoga, spin and HIIT, while the membership FAQ adds Pilates.",
  "classes included with Core Plus", side(M, "Core Plus covers yoga, spin and HIIT classes only"), side(D, "With Core Plus you can book yoga, spin, HIIT and Pilates")),
 # polarity
 ("polarity", "The member answers don't allow outside personal trainers, while the new member guide welcomes independent trainers with insurance.",
  "outside personal trainers in the clubs", side(T, "Outside personal trainers aren't permitted to coach members in our clubs"), side(G, "You're welcome to bring your own independent trainer")),
 ("polarity", "The front desk notes say towel service is part of Core Plus, while the membership FAQ says towels aren't provided with Core Plus.",
  "towel service on Core Plus", side(M, "Yes, towel service is part of Core Plus"), side(D, "Towels aren't provided with Core Plus")),
 ("polarity", "The membership FAQ lets members end their membership online in the member portal, while the member answers say cancelling can't be done in the app or on the website.",
  "cancelling a membership online", side(D, "You can end your membership online through the member portal"), side(T, "Cancelling isn't something you can do in the app or on our website")),
 # numeric
 ("numeric", "The member answers let members train on their own from 16, while the new member guide says you can hold your own membership from 18.",
  "minimum age to train without a parent", side(T, "Members must be at least 16 to train on their own"), side(G, "You can hold your own membership from age 18")),
 ("numeric", "The front desk notes need 30 days' notice to cancel, while the membership FAQ says cancellation takes effect after 14 days.",
  "notice period for cancelling", side(M, "We need 30 days' written notice to cancel"), side(D, "Cancellation takes effect 14 days after you tell us")),
 ("numeric", "The member answers give a $49 joining fee, while the membership FAQ gives a $99 enrolment fee.",
  "joining fee for new members", side(T, "New members pay a one-time joining fee of $49"), side(D, "A $99 enrolment fee applies to new members")),
 ("numeric", "The front desk notes give the Glebe pool as 25 m long, while the new member guide calls it a 20-metre lap pool.",
  "length of the Glebe pool", side(M, "The Glebe pool is 25 m long with four lanes"), side(G, "The pool at Glebe is a 20-metre lap pool")),
 # arithmetic
 ("arithmetic", "$650 for ten sessions is $65 a session, not $60.",
  "price per session in a ten-session training pack", side(G, "Ten-session personal training packs cost $650"), side(G, "which works out to $60 per session")),
 ("arithmetic", "$69.99 plus 13% HST is $79.09, not $84.09.",
  "Summit monthly price with HST", side(D, "Summit is $69.99 a month before tax"), side(D, "which comes to $84.09 with 13% HST")),
 ("arithmetic", "5 x $22 is $110, so a $95 5-class card saves $15, not $20.",
  "saving on a 5-class card", side(T, "Drop in to any class for $22, or grab a 5-class card for $95"), side(T, "and save $20 compared with paying each time")),
 # stale
 ("stale", "A 2022 note prices personal training at $70 an hour, while a 2025 answer gives $80 per hour.",
  "price of one-on-one personal training", side(M, "(2022) A personal training session costs $70 an hour"), side(T, "As of 2025, one-on-one training is $80 per hour")),
 ("stale", "A 2023 answer gives Summit members two guest passes a month, while a 2024 answer gives four guests a month.",
  "guest passes per month on Summit", side(G, "(2023) Summit members get two guest passes a month"), side(D, "Since 2024, you can bring in four guests a month on Summit")),
 ("stale", "A 2022 answer prices a membership freeze at $9 a month, while a 2025 note gives $15 per month.",
  "monthly fee for freezing a membership", side(T, "(2022) Freezing your membership costs $9 a month"), side(M, "As of 2025, a membership freeze is $15 per month")),
]

traps = [
 ("Similarly named products: Core is $39.99 a month, Core Plus $54.99.",
  side(T, "Core is $39.99 a month plus HST"), side(G, "Core Plus membership runs $54.99 monthly")),
 ("Different tier: Core Plus members book up to 3 days ahead, Summit members up to 7 days.",
  side(M, "Core Plus members can book classes up to 3 days ahead"), side(D, "Summit members can reserve a class spot up to 7 days in advance")),
 ("Different condition: a late cancellation costs $5, a no-show $10.",
  side(T, "a $5 late-cancellation fee goes on your account"), side(G, "A no-show for a booked class is charged $10")),
 ("Different region (club): a day pass is $20 at Kingston Downtown and $25 at Glebe.",
  side(D, "A day pass at Kingston Downtown is $20"), side(G, "Visitors to Glebe pay $25 for a day pass")),
 ("Different size: a small locker is $8 a month, a large one $12.",
  side(M, "A small rental locker is $8 a month"), side(G, "Large lockers, big enough for a hockey bag, rent for $12 monthly")),
 ("Same value in other units: 80 °C is 176 °F.",
  side(M, "The sauna at Westdale is set to 80 °C"), side(G, "Westdale's sauna runs at 176 °F")),
 ("Correct computation: $180 / 10 visits = $18 a visit.",
  side(G, "Our 10-visit punch card is $180"), side(G, "so each visit works out to $18")),
 ("Correct percentage: 15% off $60 is $51.",
  side(M, "Corporate members get 15% off"), side(M, "so a $60 monthly rate drops to $51")),
 ("The typical 50-minute spin class lies inside the 45 to 60 minute range.",
  side(D, "Most classes run 45 to 60 minutes"), side(T, "A typical spin class lasts about 50 minutes")),
 ("20 minutes is a hedged Monday-evening example ('For example ... might'), not the usual wait of under 5 minutes.",
  side(G, "on a Monday evening you might wait 20 minutes for a squat rack"), side(M, "Wait times for a squat rack are usually under 5 minutes")),
 ("The $6 Kids' Club price is explicitly the pre-2024 price; $4 is current.",
  side(G, "Kids' Club used to cost $6 per visit before the 2024 price cut"), side(D, "Kids' Club is $4 a visit for children aged 1 to 8")),
 ("'Up to 32 riders' is the studio capacity; most classes have around 20.",
  side(G, "Our spin studios hold up to 32 riders"), side(T, "Most spin classes have around 20 riders")),
 ("The Westdale amenities list is open ('include'), so the cold plunge is consistent.",
  side(D, "Amenities at Westdale include a sauna, a steam room and a hot tub"), side(M, "Westdale also has a cold plunge pool next to the steam room")),
 ("The same three-month freeze limit stated in both directions.",
  side(T, "put your membership on hold for up to 3 months each calendar year"), side(D, "A freeze can't run longer than three months in a year")),
]

DOMAIN = ("Brisklane Athletic Clubs, a fictional gym and fitness club operator in Ontario, Canada, with clubs at Glebe (Ottawa), "
          "Westdale (Hamilton) and Kingston Downtown, and three plans (Core, Core Plus, Summit): opening hours, plan prices before "
          "and after HST, joining and day-pass fees, classes and booking rules, personal training, freezes and cancellation, "
          "guest passes, pools, sauna, lockers and Kids' Club.")
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
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass,
              "hedged": hedged})

# member answers (10 answers)
aq = "Members must be at least 16 to train on their own"
cl(T, aq, "Members must be at least 16 to train on their own; younger teens can come in with a parent who is also a member", "at least 16", 16, None, "year", ">=", "members training without a parent", "minimum age", "limit")
aq = "New members pay a one-time joining fee of $49"
cl(T, aq, "New members pay a one-time joining fee of $49, which covers your key fob and a fitness assessment with one of our coaches", "$49", 49, 49, "CAD", "=", "new members", "joining fee", "price")
aq = "Not a member yet? Drop in to any class"
sq = "Drop in to any class for $22, or grab a 5-class card for $95 and save $20 compared with paying each time"
cl(T, aq, sq, "$22", 22, 22, "CAD", "=", "drop-in class for non-members", "price per class", "price")
cl(T, aq, sq, "5-class", 5, 5, "classes", "=", "class card", "classes per card", "count")
cl(T, aq, sq, "$95", 95, 95, "CAD", "=", "5-class card", "price", "price")
cl(T, aq, sq, "$20", 20, 20, "CAD", "=", "5-class card", "saving against drop-in prices", "price")
aq = "As of 2025, one-on-one training is $80 per hour"
cl(T, aq, "As of 2025, one-on-one training is $80 per hour with any of our certified coaches, and you can book it straight from the app", "$80 per hour", 80, 80, "CAD/hour", "=", "one-on-one personal training", "price", "price")
aq = "(2022) Freezing your membership costs $9 a month"
cl(T, aq, "(2022) Freezing your membership costs $9 a month while it's on hold, and your current rate stays locked in", "$9 a month", 9, 9, "CAD/month", "=", "membership freeze in 2022", "freeze fee", "price")
aq = "Core is $39.99 a month plus HST"
cl(T, aq, "Core is $39.99 a month plus HST and gets you into your home club's gym floor and change rooms", "$39.99 a month", 39.99, 39.99, "CAD/month", "=", "Core membership", "monthly price before HST", "price")
aq = "If you cancel a class booking less than 2 hours before it starts"
sq = "If you cancel a class booking less than 2 hours before it starts, a $5 late-cancellation fee goes on your account"
cl(T, aq, sq, "less than 2 hours", None, 2, "hour", "<", "late class cancellation", "time before class start", "duration")
cl(T, aq, sq, "$5", 5, 5, "CAD", "=", "late class cancellation", "late-cancellation fee", "price")
aq = "A typical spin class lasts about 50 minutes"
cl(T, aq, "A typical spin class lasts about 50 minutes, including a short warm-up and a cool-down stretch at the end", "about 50 minutes", 50, 50, "minute", "~", "spin class", "class length", "duration")
aq = "Most spin classes have around 20 riders"
cl(T, aq, "Most spin classes have around 20 riders, so if you're on the waitlist there's a good chance a bike frees up", "around 20 riders", 20, 20, "riders", "~", "spin class", "typical class size", "count")
aq = "You can put your membership on hold for up to 3 months"
cl(T, aq, "You can put your membership on hold for up to 3 months each calendar year, whether it's for travel, an injury or anything else", "up to 3 months", None, 3, "month", "<=", "membership freeze", "maximum freeze per year", "limit")

# front desk notes (10 answers)
aq = "We need 30 days' written notice to cancel"
cl(M, aq, "We need 30 days' written notice to cancel, and the final payment may still be taken during that period", "30 days'", 30, 30, "day", "=", "membership cancellation", "notice period", "duration")
aq = "The Glebe pool is 25 m long with four lanes."
sq = "The Glebe pool is 25 m long with four lanes"
cl(M, aq, sq, "25 m", 25, 25, "m", "=", "Glebe pool", "pool length", "other")
cl(M, aq, sq, "four lanes", 4, 4, "lanes", "=", "Glebe pool", "number of lanes", "count")
aq = "(2022) A personal training session costs $70 an hour"
cl(M, aq, "(2022) A personal training session costs $70 an hour, paid at the desk before the session starts", "$70 an hour", 70, 70, "CAD/hour", "=", "personal training in 2022", "price", "price")
aq = "As of 2025, a membership freeze is $15 per month"
cl(M, aq, "As of 2025, a membership freeze is $15 per month, billed on the member's usual payment date", "$15 per month", 15, 15, "CAD/month", "=", "membership freeze", "freeze fee", "price")
aq = "Core Plus members can book classes up to 3 days ahead"
cl(M, aq, "Core Plus members can book classes up to 3 days ahead in the app", "up to 3 days", None, 3, "day", "<=", "Core Plus class booking", "booking window", "limit")
aq = "A small rental locker is $8 a month"
cl(M, aq, "A small rental locker is $8 a month, and the member keeps the same locker until they hand the key back", "$8 a month", 8, 8, "CAD/month", "=", "small rental locker", "rent", "price")
aq = "The sauna at Westdale is set to 80 °C."
cl(M, aq, "The sauna at Westdale is set to 80 °C", "80 °C", 80, 80, "°C", "=", "Westdale sauna", "temperature setting", "other")
aq = "Wait times for a squat rack are usually under 5 minutes"
cl(M, aq, "Wait times for a squat rack are usually under 5 minutes, even at peak", "under 5 minutes", None, 5, "minute", "<", "squat rack", "usual wait time", "duration")
aq = "Westdale also has a cold plunge pool"
cl(M, aq, "Westdale also has a cold plunge pool next to the steam room, kept at 10 °C", "10 °C", 10, 10, "°C", "=", "Westdale cold plunge pool", "water temperature", "other")
aq = "Corporate members get 15% off"
sq = "Corporate members get 15% off, so a $60 monthly rate drops to $51"
cl(M, aq, sq, "15% off", 15, 15, "%", "=", "corporate members", "discount", "percentage")
cl(M, aq, sq, "$60 monthly", 60, 60, "CAD/month", "=", "example monthly rate", "price before discount", "price")
cl(M, aq, sq, "$51", 51, 51, "CAD/month", "=", "example monthly rate", "price after discount", "price")

# membership FAQ (11 answers)
aq = "With Core Plus you can book yoga, spin, HIIT and Pilates"
cl(D, aq, "With Core Plus you can book yoga, spin, HIIT and Pilates classes at any of our three clubs", "three clubs", 3, 3, "clubs", "=", "Brisklane", "number of clubs", "count")
aq = "Towels aren't provided with Core Plus"
cl(D, aq, "Towels aren't provided with Core Plus, so bring your own or add towel service for $7 a month", "$7 a month", 7, 7, "CAD/month", "=", "towel service add-on", "price", "price")
aq = "Cancellation takes effect 14 days after you tell us"
cl(D, aq, "Cancellation takes effect 14 days after you tell us, and no further dues are collected after that date", "14 days", 14, 14, "day", "=", "membership cancellation", "notice period", "duration")
aq = "A $99 enrolment fee applies to new members."
cl(D, aq, "A $99 enrolment fee applies to new members", "$99", 99, 99, "CAD", "=", "new members", "joining fee", "price")
aq = "Summit is $69.99 a month before tax"
sq = "Summit is $69.99 a month before tax, which comes to $84.09 with 13% HST"
cl(D, aq, sq, "$69.99 a month", 69.99, 69.99, "CAD/month", "=", "Summit membership", "monthly price before HST", "price")
cl(D, aq, sq, "$84.09", 84.09, 84.09, "CAD/month", "=", "Summit membership", "monthly price with HST", "price")
cl(D, aq, sq, "13% HST", 13, 13, "%", "=", "Ontario HST", "sales tax rate", "percentage")
aq = "Since 2024, you can bring in four guests a month on Summit."
cl(D, aq, "Since 2024, you can bring in four guests a month on Summit", "four guests a month", 4, 4, "guests/month", "=", "Summit membership", "guest passes per month", "count")
aq = "Summit members can reserve a class spot up to 7 days in advance"
cl(D, aq, "Summit members can reserve a class spot up to 7 days in advance, so popular classes are easier to get into", "up to 7 days", None, 7, "day", "<=", "Summit class booking", "booking window", "limit")
aq = "A freeze can't run longer than three months in a year"
cl(D, aq, "A freeze can't run longer than three months in a year, so July to September is fine but June to September isn't", "three months", None, 3, "month", "<=", "membership freeze", "maximum freeze per year", "limit")
aq = "Most classes run 45 to 60 minutes."
cl(D, aq, "Most classes run 45 to 60 minutes", "45 to 60 minutes", 45, 60, "minute", "=", "group classes", "class length", "duration")
aq = "Kids' Club is $4 a visit for children aged 1 to 8"
sq = "Kids' Club is $4 a visit for children aged 1 to 8, and you stay in the building while they play"
cl(D, aq, sq, "$4 a visit", 4, 4, "CAD", "=", "Kids' Club", "price per visit", "price")
cl(D, aq, sq, "aged 1 to 8", 1, 8, "year", "=", "Kids' Club", "children's age", "duration")
aq = "Yes. A day pass at Kingston Downtown is $20"
cl(D, aq, "A day pass at Kingston Downtown is $20 and covers the gym floor plus any class that isn't full", "$20", 20, 20, "CAD", "=", "day pass at Kingston Downtown", "price", "price")

# new member guide (13 answers)
aq = "You can hold your own membership from age 18."
cl(G, aq, "You can hold your own membership from age 18", "from age 18", 18, None, "year", ">=", "members holding their own membership", "minimum age", "limit")
aq = "Core Plus membership runs $54.99 monthly"
cl(G, aq, "Core Plus membership runs $54.99 monthly and adds every club plus group classes", "$54.99 monthly", 54.99, 54.99, "CAD/month", "=", "Core Plus membership", "monthly price before HST", "price")
aq = "Our 10-visit punch card is $180"
sq = "Our 10-visit punch card is $180, so each visit works out to $18"
cl(G, aq, sq, "10-visit", 10, 10, "visits", "=", "punch card", "visits per card", "count")
cl(G, aq, sq, "$180", 180, 180, "CAD", "=", "10-visit punch card", "price", "price")
cl(G, aq, sq, "$18", 18, 18, "CAD", "=", "10-visit punch card", "price per visit", "price")
aq = "Sure. Visitors to Glebe pay $25 for a day pass"
cl(G, aq, "Visitors to Glebe pay $25 for a day pass, which includes the pool and the sauna", "$25", 25, 25, "CAD", "=", "day pass at Glebe", "price", "price")
aq = "(2023) Summit members get two guest passes a month"
cl(G, aq, "(2023) Summit members get two guest passes a month, and guests have to come in with you", "two guest passes a month", 2, 2, "guests/month", "=", "Summit membership in 2023", "guest passes per month", "count")
aq = "Yes. Ten-session personal training packs cost $650"
sq = "Ten-session personal training packs cost $650, which works out to $60 per session, and you can use them with any of our coaches"
cl(G, aq, sq, "Ten-session", 10, 10, "sessions", "=", "personal training pack", "sessions per pack", "count")
cl(G, aq, sq, "$650", 650, 650, "CAD", "=", "ten-session personal training pack", "price", "price")
cl(G, aq, sq, "$60 per session", 60, 60, "CAD", "=", "ten-session personal training pack", "price per session", "price")
aq = "A no-show for a booked class is charged $10"
cl(G, aq, "A no-show for a booked class is charged $10 to your account, so please cancel in the app if your plans change", "$10", 10, 10, "CAD", "=", "class no-show", "no-show fee", "price")
aq = "Our spin studios hold up to 32 riders"
cl(G, aq, "Our spin studios hold up to 32 riders, and every bike has a power meter and a screen", "up to 32 riders", None, 32, "riders", "<=", "spin studio", "capacity", "limit")
aq = "Evenings are our busiest time."
cl(G, aq, "For example, on a Monday evening you might wait 20 minutes for a squat rack, so try mid-afternoon if you can", "20 minutes", 20, 20, "minute", "=", "squat rack on a Monday evening", "wait time", "duration", True)
aq = "Definitely. The pool at Glebe is a 20-metre lap pool"
cl(G, aq, "The pool at Glebe is a 20-metre lap pool, heated year round, with lane swims every morning", "20-metre", 20, 20, "m", "=", "Glebe pool", "pool length", "other")
aq = "Westdale's sauna runs at 176 °F"
cl(G, aq, "Westdale's sauna runs at 176 °F, so keep your sessions short and drink plenty of water", "176 °F", 176, 176, "°F", "=", "Westdale sauna", "temperature setting", "other")
aq = "Large lockers, big enough for a hockey bag"
cl(G, aq, "Large lockers, big enough for a hockey bag, rent for $12 monthly at every club", "$12 monthly", 12, 12, "CAD/month", "=", "large rental locker", "rent", "price")
aq = "No, it's actually gone down."
cl(G, aq, "Kids' Club used to cost $6 per visit before the 2024 price cut", "$6 per visit", 6, 6, "CAD", "=", "Kids' Club before 2024", "price per visit", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
