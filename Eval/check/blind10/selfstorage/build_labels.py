#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the selfstorage domain (Stowbay Self Storage)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, O = "storage-answers.txt", "site-team-handbook.md", "help-storage.html", "faq-2019.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The customer answers take Visa, Mastercard, direct debit and cash, while the help page accepts card or direct debit only, so cash is ruled out.",
  "ways to pay rent", side(T, "We take Visa, Mastercard, direct debit and cash at the site office"), side(H, "Rent can be paid by credit card or direct debit only")),
 ("list", "The customer answers offer vehicle, caravan and boat storage at Brisbane North, Geelong and Ballarat, while the 2019 FAQ offers vehicle bays at Geelong and Ballarat only.",
  "sites with vehicle storage", side(T, "park a car, caravan or boat with us at Brisbane North, Geelong and Ballarat"), side(O, "Outdoor vehicle bays are offered at our Geelong and Ballarat sites only")),
 ("list", "The handbook accepts a driver licence, passport or proof-of-age card, while the help page accepts only a driver licence or a passport.",
  "ID accepted to sign a storage agreement", side(M, "a tenant must show a driver licence, passport or proof-of-age card"), side(H, "The only photo ID we can accept is a driver licence or a passport")),
 # polarity
 ("polarity", "The help page says staff accept deliveries for tenants, while the 2019 FAQ says staff can't sign for tenants' parcels.",
  "accepting parcels for tenants", side(H, "we can accept deliveries on your behalf during office hours"), side(O, "Our staff can't sign for parcels addressed to tenants")),
 ("polarity", "The 2019 FAQ refunds unused prepaid rent when a tenant leaves early, while the handbook says prepaid rent is non-refundable.",
  "refund of prepaid rent on early move-out", side(O, "we'll refund any unused prepaid rent to your nominated account"), side(M, "Prepaid rent is non-refundable, even when a tenant moves out")),
 ("polarity", "The customer answers make StowSafe cover optional for tenants with their own contents policy, while the help page says every tenant must hold StowSafe and other insurers' certificates aren't accepted.",
  "whether StowSafe cover is compulsory", side(T, "Taking StowSafe cover is optional if your own home and contents policy"), side(H, "Every tenant has to hold StowSafe cover while they rent with us")),
 # numeric
 ("numeric", "The customer answers ask for 14 days' notice before moving out, while the 2019 FAQ needs 28 days' written notice.",
  "notice needed to vacate", side(T, "Give us 14 days' notice and we'll stop charging rent"), side(O, "We need a full 28 days' notice in writing before you vacate")),
 ("numeric", "The help page takes a $100 bond at move-in, while the handbook collects a $150 security deposit.",
  "security bond at move-in", side(H, "A refundable bond of $100 is payable when you move in"), side(M, "Collect a $150 security deposit from every new tenant")),
 ("numeric", "The customer answers charge a $20 late fee, while the handbook charges $35.",
  "late payment fee", side(T, "Rent that reaches us after the due date attracts a $20 late fee"), side(M, "Overdue accounts are charged a $35 late-payment fee")),
 ("numeric", "The handbook gives tenants 30 days' notice of a rent increase, while the help page promises at least 60 days.",
  "notice of a rent increase", side(M, "Give tenants 30 days' notice of any rent increase"), side(H, "We'll always tell you at least 60 days before your rent goes up")),
 # arithmetic
 ("arithmetic", "3 m x 4 m is 12 square metres, not 14.",
  "floor area of a medium unit", side(H, "Our medium unit measures 3 m by 4 m"), side(H, "giving you 14 square metres of floor space")),
 ("arithmetic", "50% off $240 is $120, not $140.",
  "first month's rent on a $240 unit with 50% off", side(M, "With 50% off the first month, a unit that normally rents for $240"), side(M, "costs a new tenant $140 for that first month")),
 ("arithmetic", "8 x $45 is $360, not $320.",
  "cost of a $45 locker for 8 months", side(T, "If you keep a locker at $45 a month for 8 months"), side(T, "that comes to $320 in total")),
 # stale
 ("stale", "A 2019 answer prices a Brisbane 3 x 3 m unit at $210 a month, while a 2025 answer gives $265.",
  "monthly rent of a 3 x 3 m unit in Brisbane", side(O, "(2019) A standard 3 x 3 m unit in Brisbane costs $210 a month"), side(H, "As of 2025, our Brisbane sites charge $265 a month")),
 ("stale", "A 2021 note counts 9 sites, while a 2025 answer counts 14.",
  "number of Stowbay sites", side(M, "(2021) Stowbay runs 9 storage sites across Queensland and Victoria"), side(T, "As of 2025, you'll find 14 Stowbay locations in Queensland and Victoria")),
 ("stale", "A 2019 answer sells disc locks for $22, while a 2024 note charges $32.",
  "price of a disc lock", side(O, "(2019) Disc locks are $22 from the site office"), side(M, "Since 2024, we charge $32 for a disc lock")),
]

traps = [
 ("Different region: the free truck goes up to 20 km in Brisbane and up to 40 km at regional Victorian sites.",
  side(M, "In Brisbane, the free move-in truck can go up to 20 km"), side(O, "At our regional Victorian sites, the courtesy truck may travel up to 40 km")),
 ("Different size: a small unit left dirty costs $50 to clean, a large one $120.",
  side(T, "A small unit left dirty costs $50 to clean"), side(H, "Large units left uncleaned attract a $120 cleaning charge")),
 ("Different tier of bay: open-air caravan bays are $85 a month, undercover ones $145.",
  side(O, "Open-air caravan bays are $85 a month"), side(M, "Undercover caravan bays rent for $145 a month")),
 ("Different condition (refund method): a bond refund by bank transfer takes up to 3 business days, by cheque 10 business days.",
  side(H, "Bond refunds by bank transfer are made within 3 business days"), side(T, "If you'd rather have your bond back by cheque, allow 10 business days")),
 ("Similarly named products: StowSafe covers goods up to $5,000, StowSafe Plus up to $20,000.",
  side(M, "StowSafe covers goods up to a value of $5,000"), side(H, "StowSafe Plus protects goods worth up to $20,000")),
 ("Same value in other units: 1 cubic metre is 1,000 litres.",
  side(H, "Each locker has 1 cubic metre of space"), side(O, "Our lockers give you 1,000 litres of storage space")),
 ("Correct computation: 3 x $95 = $285.",
  side(O, "Booking a 2 x 2 m unit for 3 months at $95 a month"), side(O, "That's $285 in total over your stay")),
 ("Correct percentage: 10% off $2,000 is $1,800.",
  side(H, "Prepay 12 months and save 10%"), side(H, "a year's rent of $2,000 comes down to $1,800")),
 ("The typical 3-hour move-in lies inside the 2 to 4 hour range.",
  side(T, "Moving into a medium unit usually takes 2 to 4 hours"), side(M, "A typical medium-unit move-in takes about 3 hours")),
 ("25 archive boxes is a hedged example ('For example ... might'), not the typical 18 boxes.",
  side(T, "For example, a locker might take as many as 25 archive boxes"), side(M, "A locker typically holds around 18 archive boxes")),
 ("The $40 admin fee is explicitly the pre-2022 value; $25 is current.",
  side(M, "The admin fee used to be $40 before the 2022 price review"), side(H, "There's a one-off $25 admin fee when you sign up")),
 ("'Up to 12 metres' is the bay limit; most caravans stored are around 7 metres.",
  side(O, "Our outdoor bays take vehicles up to 12 metres long"), side(T, "Most caravans stored with us are around 7 metres long")),
 ("The packing supplies list is open ('such as'), so mattress covers are consistent.",
  side(H, "Our site office sells packing supplies such as boxes, tape and bubble wrap"), side(T, "Mattress covers are also on sale at reception")),
 ("The same minimum age of 18 stated in both directions.",
  side(M, "Tenants must be at least 18 to sign a storage agreement"), side(O, "We can't rent a unit to anyone under 18")),
]

DOMAIN = ("Stowbay Self Storage, a fictional Australian self-storage operator (AUD) with sites in Queensland and Victoria: "
          "unit and locker sizes, rent, bonds, fees, payments, notice periods, StowSafe insurance, vehicle and caravan "
          "bays, the free move-in truck, parcels, locks and age and ID rules.")
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

# customer answers (9 answers)
aq = "Moving out? Give us 14 days' notice"
cl(T, aq, "Give us 14 days' notice and we'll stop charging rent from your last day", "14 days' notice", 14, 14, "day", "=", "moving out", "notice to vacate", "duration")
aq = "Rent that reaches us after the due date"
cl(T, aq, "Rent that reaches us after the due date attracts a $20 late fee, so it's worth setting up direct debit", "$20", 20, 20, "AUD", "=", "late rent", "late fee", "price")
aq = "Only need somewhere small for a while?"
sq = "If you keep a locker at $45 a month for 8 months, that comes to $320 in total"
cl(T, aq, sq, "$45 a month", 45, 45, "AUD/month", "=", "locker", "monthly rent", "price")
cl(T, aq, sq, "8 months", 8, 8, "month", "=", "locker example", "rental length", "duration")
cl(T, aq, sq, "$320", 320, 320, "AUD", "=", "locker for 8 months", "total rent", "price")
aq = "As of 2025, you'll find 14 Stowbay locations"
cl(T, aq, "As of 2025, you'll find 14 Stowbay locations in Queensland and Victoria, and the closest one is always listed on our website", "14 Stowbay locations", 14, 14, "sites", "=", "Stowbay", "number of sites", "count")
aq = "Please sweep out and empty your unit"
cl(T, aq, "A small unit left dirty costs $50 to clean, and we'll take that from your bond", "$50", 50, 50, "AUD", "=", "small unit left dirty", "cleaning fee", "price")
aq = "If you'd rather have your bond back by cheque"
cl(T, aq, "If you'd rather have your bond back by cheque, allow 10 business days for it to arrive in the post", "10 business days", 10, 10, "business day", "=", "bond refund by cheque", "time to arrive", "duration")
aq = "Moving into a medium unit usually takes 2 to 4 hours"
cl(T, aq, "Moving into a medium unit usually takes 2 to 4 hours with a helper and one of our trolleys", "2 to 4 hours", 2, 4, "hour", "=", "move into a medium unit", "time taken", "duration")
aq = "Lockers are great for paperwork."
cl(T, aq, "For example, a locker might take as many as 25 archive boxes if you stack them carefully", "as many as 25 archive boxes", None, 25, "boxes", "<=", "locker", "archive boxes held", "count", True)
aq = "Most caravans stored with us are around 7 metres long"
cl(T, aq, "Most caravans stored with us are around 7 metres long, but measure yours, drawbar included, before you book a bay", "around 7 metres", 7, 7, "m", "~", "caravans in storage", "typical length", "other")

# handbook (13 answers)
aq = "Collect a $150 security deposit"
cl(M, aq, "Collect a $150 security deposit from every new tenant", "$150", 150, 150, "AUD", "=", "new tenant", "security deposit", "price")
aq = "Overdue accounts are charged a $35 late-payment fee."
cl(M, aq, "Overdue accounts are charged a $35 late-payment fee", "$35", 35, 35, "AUD", "=", "overdue account", "late fee", "price")
cl(M, aq, "If rent is still unpaid after 21 days, overlock the unit and phone the tenant", "21 days", 21, 21, "day", "=", "unpaid rent", "days overdue before the unit is overlocked", "duration")
aq = "Give tenants 30 days' notice"
cl(M, aq, "Give tenants 30 days' notice of any rent increase, by email and on their next invoice", "30 days' notice", 30, 30, "day", "=", "rent increase", "notice given to tenants", "duration")
aq = "With 50% off the first month"
sq = "With 50% off the first month, a unit that normally rents for $240 a month costs a new tenant $140 for that first month"
cl(M, aq, sq, "50% off", 50, 50, "%", "=", "move-in offer", "discount on the first month", "percentage")
cl(M, aq, sq, "$240 a month", 240, 240, "AUD/month", "=", "example unit", "normal monthly rent", "price")
cl(M, aq, sq, "$140", 140, 140, "AUD", "=", "example unit", "first month's rent after the offer", "price")
aq = "(2021) Stowbay runs 9 storage sites"
cl(M, aq, "(2021) Stowbay runs 9 storage sites across Queensland and Victoria", "9 storage sites", 9, 9, "sites", "=", "Stowbay", "number of sites", "count")
aq = "Since 2024, we charge $32 for a disc lock."
cl(M, aq, "Since 2024, we charge $32 for a disc lock", "$32", 32, 32, "AUD", "=", "disc lock", "price", "price")
aq = "In Brisbane, the free move-in truck"
cl(M, aq, "In Brisbane, the free move-in truck can go up to 20 km from the site", "up to 20 km", None, 20, "km", "<=", "free move-in truck in Brisbane", "distance from the site", "limit")
aq = "Undercover caravan bays rent for $145 a month"
cl(M, aq, "Undercover caravan bays rent for $145 a month at the sites that have them", "$145 a month", 145, 145, "AUD/month", "=", "undercover caravan bay", "monthly rent", "price")
aq = "StowSafe covers goods up to a value of $5,000"
cl(M, aq, "StowSafe covers goods up to a value of $5,000 against fire, theft and water damage", "up to a value of $5,000", None, 5000, "AUD", "<=", "StowSafe", "cover limit for goods", "limit")
aq = "A typical medium-unit move-in takes about 3 hours"
cl(M, aq, "A typical medium-unit move-in takes about 3 hours, so don't book another tenant into the loading bay straight after", "about 3 hours", 3, 3, "hour", "~", "move into a medium unit", "time taken", "duration")
aq = "A locker typically holds around 18 archive boxes."
cl(M, aq, "A locker typically holds around 18 archive boxes", "around 18 archive boxes", 18, 18, "boxes", "~", "locker", "archive boxes held", "count")
aq = "The admin fee used to be $40"
cl(M, aq, "The admin fee used to be $40 before the 2022 price review", "$40", 40, 40, "AUD", "=", "admin fee before 2022", "amount", "price")
aq = "No. Tenants must be at least 18"
cl(M, aq, "Tenants must be at least 18 to sign a storage agreement", "at least 18", 18, None, "year", ">=", "tenant signing an agreement", "minimum age", "limit")

# help page (10 answers)
aq = "StowSafe Plus protects goods worth up to $20,000"
cl(H, aq, "StowSafe Plus protects goods worth up to $20,000, and it also covers accidental damage while you're loading and unloading", "up to $20,000", None, 20000, "AUD", "<=", "StowSafe Plus", "cover limit for goods", "limit")
aq = "Our medium unit measures 3 m by 4 m"
sq = "Our medium unit measures 3 m by 4 m, giving you 14 square metres of floor space and plenty of room to stack boxes up high"
cl(H, aq, sq, "3 m by 4 m", 3, 3, "m", "=", "medium unit", "width", "other")
cl(H, aq, sq, "3 m by 4 m", 4, 4, "m", "=", "medium unit", "length", "other")
cl(H, aq, sq, "14 square metres", 14, 14, "m²", "=", "medium unit", "floor area", "other")
aq = "Each locker has 1 cubic metre of space"
cl(H, aq, "Each locker has 1 cubic metre of space behind its own lockable steel door", "1 cubic metre", 1, 1, "m³", "=", "locker", "storage volume", "other")
aq = "As of 2025, our Brisbane sites charge $265"
cl(H, aq, "As of 2025, our Brisbane sites charge $265 a month for a 3 x 3 m space", "$265 a month", 265, 265, "AUD/month", "=", "3 x 3 m unit in Brisbane", "monthly rent", "price")
aq = "A refundable bond of $100"
cl(H, aq, "A refundable bond of $100 is payable when you move in", "$100", 100, 100, "AUD", "=", "new tenant", "security bond", "price")
aq = "Prices are reviewed from time to time."
cl(H, aq, "We'll always tell you at least 60 days before your rent goes up, so there are no surprises", "at least 60 days", 60, None, "day", ">=", "rent increase", "notice given to tenants", "duration")
aq = "Yes. Prepay 12 months and save 10%"
cl(H, aq, "Prepay 12 months and save 10%, so a year's rent of $2,000 comes down to $1,800", "12 months", 12, 12, "month", "=", "prepayment", "months paid in advance", "duration")
cl(H, aq, "Prepay 12 months and save 10%, so a year's rent of $2,000 comes down to $1,800", "10%", 10, 10, "%", "=", "prepayment", "discount", "percentage")
cl(H, aq, "Prepay 12 months and save 10%, so a year's rent of $2,000 comes down to $1,800", "$2,000", 2000, 2000, "AUD", "=", "example year's rent", "price before the discount", "price")
cl(H, aq, "Prepay 12 months and save 10%, so a year's rent of $2,000 comes down to $1,800", "$1,800", 1800, 1800, "AUD", "=", "example year's rent prepaid", "price after the discount", "price")
aq = "There's a one-off $25 admin fee"
cl(H, aq, "There's a one-off $25 admin fee when you sign up, which covers setting up your account and access code", "$25", 25, 25, "AUD", "=", "new tenant", "admin fee", "price")
aq = "Yes, please leave it swept and empty."
cl(H, aq, "Large units left uncleaned attract a $120 cleaning charge", "$120", 120, 120, "AUD", "=", "large unit left uncleaned", "cleaning fee", "price")
aq = "Bond refunds by bank transfer"
cl(H, aq, "Bond refunds by bank transfer are made within 3 business days of your move-out inspection", "within 3 business days", None, 3, "business day", "<=", "bond refund by bank transfer", "time to pay", "duration")

# 2019 FAQ (9 answers)
aq = "We need a full 28 days' notice"
cl(O, aq, "We need a full 28 days' notice in writing before you vacate", "28 days' notice", 28, 28, "day", "=", "moving out", "notice to vacate", "duration")
aq = "(2019) A standard 3 x 3 m unit in Brisbane"
cl(O, aq, "(2019) A standard 3 x 3 m unit in Brisbane costs $210 a month", "$210 a month", 210, 210, "AUD/month", "=", "3 x 3 m unit in Brisbane", "monthly rent", "price")
aq = "(2019) Disc locks are $22"
cl(O, aq, "(2019) Disc locks are $22 from the site office and fit every door", "$22", 22, 22, "AUD", "=", "disc lock", "price", "price")
aq = "Yes. At our regional Victorian sites"
cl(O, aq, "At our regional Victorian sites, the courtesy truck may travel up to 40 km from the site", "up to 40 km", None, 40, "km", "<=", "courtesy truck at regional Victorian sites", "distance from the site", "limit")
aq = "Open-air caravan bays are $85 a month"
cl(O, aq, "Open-air caravan bays are $85 a month, payable in advance", "$85 a month", 85, 85, "AUD/month", "=", "open-air caravan bay", "monthly rent", "price")
aq = "Our lockers give you 1,000 litres"
cl(O, aq, "Our lockers give you 1,000 litres of storage space, about the size of a large wardrobe", "1,000 litres", 1000, 1000, "l", "=", "locker", "storage volume", "other")
aq = "Certainly. Booking a 2 x 2 m unit"
cl(O, aq, "Booking a 2 x 2 m unit for 3 months at $95 a month", "3 months", 3, 3, "month", "=", "2 x 2 m unit example", "rental length", "duration")
cl(O, aq, "Booking a 2 x 2 m unit for 3 months at $95 a month", "$95 a month", 95, 95, "AUD/month", "=", "2 x 2 m unit", "monthly rent", "price")
cl(O, aq, "That's $285 in total over your stay", "$285", 285, 285, "AUD", "=", "2 x 2 m unit for 3 months", "total rent", "price")
aq = "Our outdoor bays take vehicles up to 12 metres long"
cl(O, aq, "Our outdoor bays take vehicles up to 12 metres long, including boats on trailers", "up to 12 metres", None, 12, "m", "<=", "outdoor vehicle bay", "maximum vehicle length", "limit")
aq = "We can't rent a unit to anyone under 18."
cl(O, aq, "We can't rent a unit to anyone under 18", "under 18", 18, None, "year", ">=", "tenant", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
