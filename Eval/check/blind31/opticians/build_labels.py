#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the opticians domain (Fjällklar Optik)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "customer-service-replies.txt", "shop-floor-notes.md", "website-faq.html", "faq-search-response.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The customer-service replies say the complete glasses price covers the frame, single-vision lenses, anti-reflection treatment and scratch-resistant hardening, while the Nikola website says a complete pair is just the frame, the lenses and a hard coat (anti-reflective coating is added at the till).",
  "what the price of complete glasses includes", side(T, "covers the frame, single-vision lenses, anti-reflection treatment and scratch-resistant hardening"), side(H, "A complete pair is just the frame, the lenses and a hard coat")),
 ("list", "The shop-floor notes say the tills take bank cards, Swish, Klarna invoice and gift cards, while the Optimizely FAQ says payment in store is possible by card or Klarna only.",
  "accepted payment methods in the shops", side(M, "The tills take bank cards, Swish, Klarna invoice and our gift cards"), side(J, "Payment in store is possible by card or Klarna only")),
 ("list", "The Nikola website says each sight test includes a prescription check, eye pressure measurement and a retinal photo, while the shop-floor notes say the standard examination consists of a refraction and a binocular vision check (eye pressure and the retinal photo are a paid add-on).",
  "what a standard eye test includes", side(H, "Each sight test includes a prescription check, eye pressure measurement and a retinal photo"), side(M, "The standard examination consists of a refraction and a binocular vision check")),
 # polarity
 ("polarity", "The customer-service replies say customers can bring frames they already own and have new lenses fitted, while the Optimizely FAQ says the shops are unable to glaze frames bought from another optician or online.",
  "fitting new lenses into the customer's own frames", side(T, "bring in the frames you already own and we will fit new lenses"), side(J, "We are unable to glaze frames bought from another optician or online")),
 ("polarity", "The Nikola website says the opticians can fill in the eyesight certificate for a driving licence, while the shop-floor notes say the shops don't issue vision certificates for driving licences.",
  "eyesight certificate for a driving licence", side(H, "Our opticians can fill in the eyesight certificate needed for a driving licence"), side(M, "We don't issue vision certificates for driving licences")),
 ("polarity", "The customer-service replies welcome drop-in sight tests whenever an optician is free, while the Optimizely FAQ says every eye test has to be booked in advance.",
  "eye tests without an appointment", side(T, "drop-in sight tests are welcome whenever an optician is free"), side(J, "Every eye test has to be booked in advance, online or by phone")),
 # numeric
 ("numeric", "The shop-floor notes put the standard eye examination at 495 kr, while the Nikola website says a sight test costs SEK 450.",
  "price of a standard eye test", side(M, "The standard eye examination is 495:-, and it is deducted"), side(H, "A sight test with one of our opticians costs SEK 450")),
 ("numeric", "The customer-service replies let unhappy customers bring glasses back within 30 days, while the Optimizely FAQ says the satisfaction promise runs for 60 days from collection.",
  "period for returning glasses the customer is not happy with", side(T, "bring them back within 30 days and we will remake them or refund you"), side(J, "The satisfaction promise runs for 60 days from the day you collect")),
 ("numeric", "The Nikola website says daily lenses on subscription cost SEK 299 a month, while the Optimizely FAQ says the one-day lens plan is billed at 349,00 kr per month.",
  "monthly price of the daily lens subscription", side(H, "Daily lenses on subscription cost SEK 299 a month for both eyes"), side(J, "The one-day lens plan is billed at 349,00 kr per month")),
 ("numeric", "The shop-floor notes say frames are covered for 2 years against manufacturing defects, while the customer-service replies say the guarantee on frames is 12 months.",
  "length of the frame guarantee", side(M, "Frames are covered for 2 years against manufacturing defects"), side(T, "The guarantee on frames is 12 months from the date of purchase")),
 # arithmetic (inside one answer: inputs, wrong result)
 ("arithmetic", "Screen glasses at 1 150 kr a pair for 4 pairs make 4 600 kr, but the reply says the employer pays 4 200 kr.",
  "total for 4 pairs of screen glasses", side(T, "Screen glasses for the office are 1 150 kr a pair"), side(T, "so an employer ordering 4 pairs pays 4 200 kr in total")),
 ("arithmetic", "Monthly lenses at 195 kr a box, 4 boxes for a year, make 780 kr, but the note says 680 kr.",
  "yearly cost of monthly lenses for both eyes", side(M, "Monthly lenses are 195:- a box of 6"), side(M, "a year's supply for both eyes is 4 boxes, which comes to 680:-")),
 ("arithmetic", "15% off 2 490,00 kr is 2 116,50 kr, but the FAQ says the student pays 2 090,00 kr.",
  "student price of a 2 490 kr pair of glasses", side(J, "Students get 15% off complete glasses, so a pair priced at 2 490,00 kr"), side(J, "costs 2 090,00 kr with a Mecenat or Studentkortet card")),
 # stale
 ("stale", "The Nikola website's 2021 entry says a yearly contact lens check-up costs SEK 300; the customer-service replies say that since 2024 the annual lens check is 395 kr.",
  "price of the yearly contact lens check-up", side(H, "(2021) A yearly contact lens check-up costs SEK 300"), side(T, "Since 2024, the annual lens check for contact lens wearers is 395 kr")),
 ("stale", "The shop-floor notes' 2022 entry says the chain has 14 stores; the Optimizely FAQ says that as of 2025 the company runs 21 shops.",
  "number of shops in the chain", side(M, "(2022) The chain has 14 stores, from Örebro up to Luleå"), side(J, "As of 2025, our company runs 21 shops across central and northern Sweden")),
 ("stale", "The Optimizely FAQ says that as of 2023 prescription sunglasses cost from 1 495,00 kr; the Nikola website says that since 2025 they start from SEK 1 795.",
  "starting price of prescription sunglasses", side(J, "As of 2023, prescription sunglasses cost from 1 495,00 kr including the frame"), side(H, "Since 2025, sunglasses glazed to your prescription start from SEK 1 795")),
]

traps = [
 ("Different lens type: single-vision lenses are SEK 695 a pair, varifocal lenses start at 1 995 kr a pair.",
  side(H, "Single-vision lenses are SEK 695 a pair, for distance or for reading"), side(J, "Varifocal lenses start at 1 995,00 kr a pair")),
 ("Different condition: ordinary glasses are usually ready in about 7 working days; lenses stronger than -6,00/+6,00 dioptres are made to order and take up to 3 weeks.",
  side(T, "Glasses are usually ready to collect in about 7 working days"), side(M, "Lenses stronger than -6,00 or +6,00 dioptres are made to order")),
 ("Different kind of shop: shops in shopping centres open on Sundays, high-street shops are closed.",
  side(J, "Stores inside shopping centres are open on Sundays from 11 to 16"), side(M, "Our high-street shops are closed on Sundays")),
 ("Different pack size: a box of 30 one-day lenses is 229 kr, the 90-pack of the same lenses SEK 599.",
  side(T, "A box of 30 one-day lenses is 229 kr"), side(H, "the 90-pack of the same daily lenses is SEK 599")),
 ("Similarly named products: Fjällklar Care is 39 kr a month, Care Plus (which also covers loss and theft) 59 kr a month.",
  side(T, "Fjällklar Care costs 39 kr a month and covers accidental damage"), side(M, "Care Plus is 59:- a month and also covers loss and theft")),
 ("The same value in other units: a first lens fitting takes 45 minutes = three quarters of an hour.",
  side(H, "A first contact lens fitting takes 45 minutes"), side(J, "Set aside three quarters of an hour for your first lens fitting")),
 ("A correct computation: 149 kr + 49 kr = 198 kr.",
  side(T, "A replacement glasses case is 149 kr and a microfibre cloth 49 kr"), side(T, "so the two together cost 198 kr")),
 ("A correct percentage: 40% off SEK 1 500 is SEK 900.",
  side(H, "A second pair bought the same day is 40% off"), side(H, "so a SEK 1 500 second pair costs SEK 900")),
 ("A range containing the other value: booking 30 to 45 minutes for an eye test vs most tests taking about 40 minutes.",
  side(M, "Book 30 to 45 minutes for a full eye test"), side(T, "Most eye tests take about 40 minutes")),
 ("A hedged example ('For example ... might need 10 boxes a year') vs the average wearer's about 4 boxes a year.",
  side(J, "For example, a wearer who often loses lenses might need 10 boxes"), side(H, "The average monthly-lens wearer buys about 4 boxes a year")),
 ("An old value marked as old: soldering cost 350 kr before 2024; it now costs 450 kr.",
  side(M, "Soldering a metal frame cost 350:- before 2024"), side(J, "Soldering a broken metal frame costs 450,00 kr")),
 ("'Up to 10 working days' for workshop repairs is a ceiling; a typical repair is back in about 3 days.",
  side(H, "Repairs sent to our workshop in Västerås take up to 10 working days"), side(T, "A typical repair is back with you in about 3 days")),
 ("The list of shop repairs is open ('such as'), so fitting a new temple arm as another repair is consistent.",
  side(T, "Repairs we handle in the shop include things such as new nose pads"), side(M, "The workshop can also fit a new temple arm")),
 ("The same age rule stated in both directions (children 8 and older are examined in the shops / under 8 at a hospital eye clinic).",
  side(H, "Our opticians examine children aged 8 and older"), side(J, "Children under 8 should be examined at a hospital eye clinic instead")),
]

DOMAIN = ("Fjällklar Optik, a fictional chain of opticians' shops in central and northern Sweden (head office and workshop "
          "in Västerås): eye tests (price, what is included, drop-in or booked, length, children's age limit, driving-licence "
          "certificates), complete glasses (what the price includes, single-vision and varifocal lenses, second-pair and "
          "student discounts, screen glasses for employers, own frames, delivery times, strong prescriptions in dioptres, "
          "satisfaction promise, frame guarantee), contact lenses (daily lens subscription per month, packs of 30 and 90, "
          "monthly lenses, fittings, yearly check-ups, boxes a year), prescription sunglasses, Fjällklar Care and Care Plus "
          "insurance per month, repairs (what the shop does, turnaround, soldering old and current price), payment, number "
          "of shops, Sunday opening, parking, recycling, hearing loops and the ultrasonic cleaner. Prices in Swedish kronor "
          "written '1 150 kr', 'SEK 450', '495:-' and '2 490,00 kr'.")
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

# customer-service replies (10 answers)
aq = "If you are not happy with your new glasses"
cl(T, aq, "If you are not happy with your new glasses, bring them back within 30 days and we will remake them or refund you", "within 30 days", 30, 30, "day", "=", "returning glasses the customer is not happy with", "period", "duration")
aq = "The guarantee on frames is 12 months"
cl(T, aq, "The guarantee on frames is 12 months from the date of purchase, and it covers manufacturing faults, not accidents", "12 months", 12, 12, "month", "=", "frame guarantee", "length", "duration")
aq = "Screen glasses for the office are 1 150 kr a pair"
sq = "Screen glasses for the office are 1 150 kr a pair, so an employer ordering 4 pairs pays 4 200 kr in total; we invoice the company directly"
cl(T, aq, sq, "1 150 kr a pair", 1150, 1150, "SEK/pair", "=", "screen glasses", "price", "price")
cl(T, aq, sq, "4 pairs", 4, 4, "pairs", "=", "example employer order", "pairs ordered", "count")
cl(T, aq, sq, "4 200 kr", 4200, 4200, "SEK", "=", "4 pairs of screen glasses", "total price", "price")
aq = "Since 2024, the annual lens check"
cl(T, aq, "Since 2024, the annual lens check for contact lens wearers is 395 kr, and it is free if you have a lens subscription with us", "395 kr", 395, 395, "SEK", "=", "contact lens check-up", "price", "price")
aq = "Glasses are usually ready to collect"
cl(T, aq, "Glasses are usually ready to collect in about 7 working days, and we send a text message as soon as they arrive in the shop", "about 7 working days", 7, 7, "working day", "~", "glasses", "time until ready", "duration")
aq = "A box of 30 one-day lenses is 229 kr"
sq = "A box of 30 one-day lenses is 229 kr, and we post it to you free of charge"
cl(T, aq, sq, "30 one-day lenses", 30, 30, "lenses", "=", "box of one-day lenses", "lenses per box", "count")
cl(T, aq, sq, "229 kr", 229, 229, "SEK/box", "=", "box of 30 one-day lenses", "price", "price")
aq = "Fjällklar Care costs 39 kr a month"
cl(T, aq, "Fjällklar Care costs 39 kr a month and covers accidental damage to your glasses, whatever the frame", "39 kr a month", 39, 39, "SEK/month", "=", "Fjällklar Care", "monthly price", "price")
aq = "A replacement glasses case is 149 kr"
sq = "A replacement glasses case is 149 kr and a microfibre cloth 49 kr, so the two together cost 198 kr"
cl(T, aq, sq, "149 kr", 149, 149, "SEK", "=", "replacement glasses case", "price", "price")
cl(T, aq, sq, "49 kr", 49, 49, "SEK", "=", "microfibre cloth", "price", "price")
cl(T, aq, sq, "198 kr", 198, 198, "SEK", "=", "glasses case and microfibre cloth", "total price", "price")
aq = "Most eye tests take about 40 minutes"
cl(T, aq, "Most eye tests take about 40 minutes, so please arrive a few minutes early to fill in the health form", "about 40 minutes", 40, 40, "minute", "~", "eye test", "length", "duration")
aq = "A typical repair is back with you"
cl(T, aq, "A typical repair is back with you in about 3 days, and we phone you when it is ready", "about 3 days", 3, 3, "day", "~", "repair", "turnaround", "duration")

# shop-floor notes (9 answers)
aq = "The standard examination consists of a refraction"
cl(M, aq, "Eye pressure and a retinal photo are not part of it; they make up the Eye Health add-on at 250:-", "250:-", 250, 250, "SEK", "=", "Eye Health add-on", "price", "price")
aq = "The standard eye examination is 495:-"
cl(M, aq, "The standard eye examination is 495:-, and it is deducted from the price if the customer buys complete glasses the same day", "495:-", 495, 495, "SEK", "=", "standard eye test", "price", "price")
aq = "Frames are covered for 2 years"
cl(M, aq, "Frames are covered for 2 years against manufacturing defects", "2 years", 2, 2, "year", "=", "frame guarantee", "length", "duration")
aq = "Monthly lenses are 195:- a box of 6"
sq = "Monthly lenses are 195:- a box of 6; a year's supply for both eyes is 4 boxes, which comes to 680:-"
cl(M, aq, sq, "195:-", 195, 195, "SEK/box", "=", "box of monthly lenses", "price", "price")
cl(M, aq, sq, "a box of 6", 6, 6, "lenses", "=", "box of monthly lenses", "lenses per box", "count")
cl(M, aq, sq, "4 boxes", 4, 4, "boxes", "=", "monthly lenses for both eyes for a year", "boxes needed", "count")
cl(M, aq, sq, "680:-", 680, 680, "SEK", "=", "monthly lenses for both eyes for a year", "total price", "price")
aq = "(2022) The chain has 14 stores"
cl(M, aq, "(2022) The chain has 14 stores, from Örebro up to Luleå", "14 stores", 14, 14, "shops", "=", "chain", "number of shops", "count")
aq = "Lenses stronger than -6,00 or +6,00 dioptres"
sq = "Lenses stronger than -6,00 or +6,00 dioptres are made to order at the lab and take up to 3 weeks"
cl(M, aq, sq, "stronger than -6,00 or +6,00 dioptres", 6, None, "D", ">", "made-to-order lenses", "prescription strength (either sign)", "limit")
cl(M, aq, sq, "up to 3 weeks", None, 3, "week", "<=", "made-to-order lenses", "delivery time", "duration")
aq = "Care Plus is 59:- a month"
cl(M, aq, "Care Plus is 59:- a month and also covers loss and theft of the glasses", "59:- a month", 59, 59, "SEK/month", "=", "Care Plus", "monthly price", "price")
aq = "Book 30 to 45 minutes for a full eye test"
cl(M, aq, "Book 30 to 45 minutes for a full eye test, depending on the customer's age and prescription", "30 to 45 minutes", 30, 45, "minute", "=", "eye test", "length", "duration")
aq = "Soldering a metal frame cost 350:- before 2024."
cl(M, aq, "Soldering a metal frame cost 350:- before 2024", "350:-", 350, 350, "SEK", "=", "soldering a metal frame before 2024", "old price", "price")

# Nikola website page (12 answers)
aq = "A sight test with one of our opticians costs SEK 450"
cl(H, aq, "A sight test with one of our opticians costs SEK 450", "SEK 450", 450, 450, "SEK", "=", "standard eye test", "price", "price")
aq = "Single-vision lenses are SEK 695 a pair"
cl(H, aq, "Single-vision lenses are SEK 695 a pair, for distance or for reading", "SEK 695 a pair", 695, 695, "SEK/pair", "=", "single-vision lenses", "price", "price")
aq = "A second pair bought the same day is 40% off"
sq = "A second pair bought the same day is 40% off, so a SEK 1 500 second pair costs SEK 900"
cl(H, aq, sq, "40% off", 40, 40, "%", "=", "second pair bought the same day", "discount", "percentage")
cl(H, aq, sq, "SEK 1 500", 1500, 1500, "SEK", "=", "example second pair", "full price", "price")
cl(H, aq, sq, "SEK 900", 900, 900, "SEK", "=", "example second pair", "discounted price", "price")
aq = "Since 2025, sunglasses glazed to your prescription"
cl(H, aq, "Since 2025, sunglasses glazed to your prescription start from SEK 1 795, frame included", "from SEK 1 795", 1795, None, "SEK", ">=", "prescription sunglasses", "price", "price")
aq = "Daily lenses on subscription cost SEK 299 a month"
sq = "Daily lenses on subscription cost SEK 299 a month for both eyes, and a new delivery reaches your letterbox every three months"
cl(H, aq, sq, "SEK 299 a month", 299, 299, "SEK/month", "=", "daily lens subscription", "monthly price", "price")
cl(H, aq, sq, "every three months", 3, 3, "month", "=", "daily lens subscription", "delivery interval", "duration")
aq = "(2021) A yearly contact lens check-up costs SEK 300"
cl(H, aq, "(2021) A yearly contact lens check-up costs SEK 300, and it is the best way to catch problems early", "SEK 300", 300, 300, "SEK", "=", "contact lens check-up", "price", "price")
aq = "Yes, the 90-pack of the same daily lenses"
sq = "Yes, the 90-pack of the same daily lenses is SEK 599, which works out cheaper per lens than the small box"
cl(H, aq, sq, "90-pack", 90, 90, "lenses", "=", "large pack of one-day lenses", "lenses per box", "count")
cl(H, aq, sq, "SEK 599", 599, 599, "SEK/box", "=", "90-pack of one-day lenses", "price", "price")
aq = "A first contact lens fitting takes 45 minutes"
cl(H, aq, "A first contact lens fitting takes 45 minutes, including a lesson in putting the lenses in and taking them out", "45 minutes", 45, 45, "minute", "=", "first contact lens fitting", "length", "duration")
aq = "The average monthly-lens wearer buys about 4 boxes a year"
cl(H, aq, "The average monthly-lens wearer buys about 4 boxes a year", "about 4 boxes a year", 4, 4, "boxes/year", "~", "average monthly-lens wearer", "boxes used", "count")
aq = "Repairs sent to our workshop in Västerås"
cl(H, aq, "Repairs sent to our workshop in Västerås take up to 10 working days, and we lend you a spare frame if you need one", "up to 10 working days", None, 10, "working day", "<=", "workshop repair", "turnaround", "duration")
aq = "Our opticians examine children aged 8 and older"
cl(H, aq, "Our opticians examine children aged 8 and older", "aged 8 and older", 8, None, "year", ">=", "child eye test in our shops", "minimum age", "limit")
aq = "Most of our shops are in town centres"
cl(H, aq, "The Gävle shop has free parking for 2 hours in the yard behind the building", "2 hours", 2, 2, "hour", "=", "free parking at the Gävle shop", "time limit", "duration")

# Optimizely FAQ search response (11 answers)
aq = "We are unable to glaze frames bought"
cl(J, aq, "Our own frames start at 595,00 kr, so a new frame may cost less than you think", "595,00 kr", 595, None, "SEK", ">=", "own-range frame", "price", "price")
aq = "As of 2025, our company runs 21 shops"
cl(J, aq, "As of 2025, our company runs 21 shops across central and northern Sweden", "21 shops", 21, 21, "shops", "=", "chain", "number of shops", "count")
aq = "The one-day lens plan is billed at 349,00 kr"
cl(J, aq, "The one-day lens plan is billed at 349,00 kr per month, and you can cancel it at any time with a month of notice", "349,00 kr per month", 349, 349, "SEK/month", "=", "daily lens subscription", "monthly price", "price")
aq = "The satisfaction promise runs for 60 days"
cl(J, aq, "The satisfaction promise runs for 60 days from the day you collect your glasses", "60 days", 60, 60, "day", "=", "returning glasses the customer is not happy with", "period", "duration")
aq = "Students get 15% off complete glasses"
sq = "Students get 15% off complete glasses, so a pair priced at 2 490,00 kr costs 2 090,00 kr with a Mecenat or Studentkortet card"
cl(J, aq, sq, "15% off", 15, 15, "%", "=", "student buying complete glasses", "discount", "percentage")
cl(J, aq, sq, "2 490,00 kr", 2490, 2490, "SEK", "=", "example pair of complete glasses", "full price", "price")
cl(J, aq, sq, "2 090,00 kr", 2090, 2090, "SEK", "=", "example pair of complete glasses for a student", "discounted price", "price")
aq = "Varifocal lenses start at 1 995,00 kr a pair"
cl(J, aq, "Varifocal lenses start at 1 995,00 kr a pair", "1 995,00 kr a pair", 1995, None, "SEK/pair", ">=", "varifocal lenses", "price", "price")
aq = "As of 2023, prescription sunglasses cost from"
cl(J, aq, "As of 2023, prescription sunglasses cost from 1 495,00 kr including the frame", "from 1 495,00 kr", 1495, None, "SEK", ">=", "prescription sunglasses", "price", "price")
aq = "Set aside three quarters of an hour"
cl(J, aq, "Set aside three quarters of an hour for your first lens fitting", "three quarters of an hour", 45, 45, "minute", "=", "first contact lens fitting", "length", "duration")
aq = "It depends on how you wear them."
cl(J, aq, "For example, a wearer who often loses lenses might need 10 boxes a year", "10 boxes a year", 10, 10, "boxes/year", "=", "example wearer who often loses lenses", "boxes used", "count", True)
aq = "Soldering a broken metal frame costs 450,00 kr"
cl(J, aq, "Soldering a broken metal frame costs 450,00 kr", "450,00 kr", 450, 450, "SEK", "=", "soldering a metal frame", "price", "price")
aq = "Children under 8 should be examined"
cl(J, aq, "Children under 8 should be examined at a hospital eye clinic instead", "under 8", 8, None, "year", ">=", "child eye test in our shops", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
