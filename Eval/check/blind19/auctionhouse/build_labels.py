#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the auctionhouse domain (Ferncliff Auction Rooms)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "quick-answers.txt", "saleroom-manual.md", "auction-guide.html", "kb-records.json"

DOMAIN = ("Ferncliff Auction Rooms, a fictional general auction house in Dunedin, New Zealand (prices in New Zealand "
          "dollars, GST included where stated): buyer's premium and the online surcharge, vendor commission and fees, "
          "payment and bidding (in the room, by phone, online, absentee), reserves, deposits, refunds for misdescribed "
          "lots, sale frequency and online sale length, valuation days, items refused, storage, pickup, delivery, the "
          "loading bay, the Collectors' Club and the Estate Clearance services.")

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The quick answers accept bank transfer, EFTPOS, Visa and Mastercard or cash, while the knowledge base says there are only two ways to pay, bank transfer or EFTPOS.",
  "ways to pay for lots", side(T, "We take payment by bank transfer, EFTPOS, Visa and Mastercard, or cash"), side(J, "There are only two ways to pay: bank transfer or EFTPOS")),
 ("list", "The quick answers take the free valuation days to Dunedin, Oamaru and Alexandra, while the manual says they are run in Dunedin and Oamaru only.",
  "towns with free valuation days", side(T, "Our free valuation days travel to Dunedin, Oamaru and Alexandra"), side(M, "Free valuation days are run in Dunedin and Oamaru only")),
 ("list", "The manual turns away firearms, ivory, taxidermy and used mattresses, while the guide says firearms and ivory are the only items refused.",
  "items the auction house will not accept", side(M, "We turn away firearms, ivory, taxidermy and used mattresses"), side(H, "The only items we refuse are firearms and ivory")),
 # polarity
 ("polarity", "The guide says smaller lots can be packed and couriered anywhere in New Zealand, while the quick answers say Ferncliff doesn't pack or post purchases.",
  "packing and sending purchases", side(H, "We can pack and courier smaller lots anywhere in New Zealand"), side(T, "Ferncliff doesn't pack or post purchases, so please book your own courier")),
 ("polarity", "The quick answers take phone bids on any lot, while the knowledge base says telephone bidding isn't offered.",
  "bidding by telephone", side(T, "Phone bids are taken on any lot, whatever its estimate"), side(J, "Telephone bidding isn't something we offer")),
 ("polarity", "The manual lets vendors set a confidential reserve on any lot, while the knowledge base says no lot in any sale carries a reserve.",
  "reserve prices", side(M, "Vendors may set a confidential reserve on any lot"), side(J, "No lot in any of our sales carries a reserve")),
 # numeric
 ("numeric", "The quick answers want invoices paid within 3 working days of the sale, while the guide gives buyers five working days to settle up.",
  "deadline for buyers to pay", side(T, "Invoices must be paid within 3 working days of the sale"), side(H, "Buyers have five working days after the auction to settle up")),
 ("numeric", "The quick answers pay vendors 7 days after the sale, while the manual says proceeds reach consignors three weeks after the auction.",
  "when sellers are paid", side(T, "Vendors are paid 7 days after the sale, by direct credit"), side(M, "Sale proceeds reach consignors three weeks after the auction")),
 ("numeric", "The guide allows returns of a wrongly described lot within 14 days, while the knowledge base allows claims within 30 days.",
  "window for returning a misdescribed lot", side(H, "you can return it within 14 days of the sale for a full refund"), side(J, "Claims about a wrongly described lot must be made within 30 days")),
 ("numeric", "The manual asks new online bidders for a $200 refundable deposit, while the guide asks first-time internet bidders for $500.",
  "deposit for new online bidders", side(M, "New online bidders pay a $200 refundable deposit"), side(H, "First-time internet bidders are asked for a $500 holding deposit")),
 # arithmetic
 ("arithmetic", "$400 plus 18% is $472, not $482.",
  "total paid on a $400 hammer price", side(T, "On a $400 hammer price, the 18% buyer's premium"), side(T, "(GST included) means you pay $482 altogether")),
 ("arithmetic", "15% of $2,000 is $300, so the vendor gets $1,700, not $1,650.",
  "vendor's proceeds from a $2,000 lot", side(H, "A lot that sells for $2,000 in a general sale, at our 15% commission"), side(H, "leaves you $1,650 after commission")),
 ("arithmetic", "25 lots x $6 is $150, not $160.",
  "photography fees for a 25-lot consignment", side(J, "Photography is $6 per lot, so a 25-lot consignment"), side(J, "adds $160 in photo fees to your statement")),
 # stale
 ("stale", "A 2022 answer holds general sales once a month, while a 2024 answer has one every second Sunday.",
  "how often general sales are held", side(T, "(2022) General sales are held once a month, on the last Sunday"), side(H, "Since 2024, there’s been a general sale every second Sunday")),
 ("stale", "A 2023 record charges $5 a day for uncollected lots, while a 2025 entry charges $10 per lot per day.",
  "storage charge on uncollected lots", side(J, "(2023) Uncollected lots attract storage of $5 a day"), side(M, "As of 2025, anything left after the collection deadline costs $10 per lot per day")),
 ("stale", "A 2023 entry adds 5% for online bidders, while a 2025 record adds a 3% surcharge for bidding through the website.",
  "surcharge for bidding online", side(M, "(2023) Online bidders pay an extra 5% on top of the buyer's premium"), side(J, "Since 2025, bidding through our website adds a 3% surcharge")),
]

traps = [
 ("Different condition (type of sale): fine art sales carry a 12% vendor commission, general sales 15%.",
  side(J, "Fine art sales carry a lower vendor commission of 12%"), side(M, "Vendor commission on general sales is 15% of the hammer price")),
 ("Different tier (membership): Collectors' Club members pay a 16% buyer's premium, everyone else 18%.",
  side(H, "Collectors’ Club members pay a 16% buyer’s premium"), side(M, "The buyer's premium is 18% of the hammer price")),
 ("Different region: a pickup within Dunedin city is $60, one from a Central Otago address $180.",
  side(T, "Pickups from any address within Dunedin city cost a flat $60"), side(J, "For Central Otago addresses the pickup charge is $180")),
 ("Different size: an ordinary lot has an $8 listing fee, a large furniture lot $20.",
  side(M, "The listing fee is $8 for an ordinary lot"), side(H, "Large furniture lots carry a $20 listing fee")),
 ("Similarly named services: Estate Clearance is $450, Estate Clearance Plus (with a final clean) $750.",
  side(J, "Estate Clearance is a flat $450"), side(T, "Estate Clearance Plus costs $750 and adds a final clean")),
 ("Same value in other units: 2.4 m is about 7 ft 10 in, just under 8 ft.",
  side(M, "Our loading bay can take vans and trucks up to 2.4 m high"), side(H, "Anything just under 8 ft tall will fit under the loading bay canopy")),
 ("Correct computation: $500 plus 18% is $590.",
  side(M, "a $500 hammer price plus the 18% premium"), side(M, "brings the total to $590")),
 ("Correct percentage: 25% off $80 is $60.",
  side(T, "membership is $80 a year, and members who renew early get 25% off"), side(T, "so an early renewal costs $60")),
 ("About 8 days lies inside the 7 to 10 day range.",
  side(H, "Online-only sales run for 7 to 10 days"), side(M, "Most online sales stay open for about 8 days")),
 ("$900 or more is a hedged example for one good piece ('For example ... might'), not the typical price of a lot (under $200).",
  side(M, "For example, an early Royal Doulton figure might fetch $900 or more"), side(J, "Most lots in a general sale sell for under $200")),
 ("An old value marked as old: the premium used to be 15% before the 2024 fee review; it is 18% now.",
  side(J, "The buyer's premium used to be 15%, before the 2024 fee review"), side(M, "18% of the hammer price and already includes GST")),
 ("'Up to eight weeks' is the longest wait for a specialist sale; most consignments sell within a month.",
  side(H, "a consignment can take up to eight weeks to reach a sale"), side(T, "Most consignments go under the hammer within a month of being dropped off")),
 ("The list of collectables is open ('such as'), so Clarice Cliff is consistent.",
  side(T, "collectables such as Crown Lynn, Temuka pottery, Royal Doulton and Shelley china"), side(J, "Clarice Cliff pieces always draw a crowd")),
 ("The same age rule stated in both directions.",
  side(H, "Bidders must be 18 or older to register"), side(M, "Nobody under 18 can bid with us, in the room or online")),
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

# quick answers (9 answers)
aq = "On a $400 hammer price"
sq = "On a $400 hammer price, the 18% buyer's premium (GST included) means you pay $482 altogether for a lot bought in the room"
cl(T, aq, sq, "$400", 400, 400, "NZD", "=", "example lot", "hammer price", "price")
cl(T, aq, sq, "18%", 18, 18, "%", "=", "buyer's premium", "share of the hammer price", "percentage")
cl(T, aq, sq, "$482", 482, 482, "NZD", "=", "$400 lot bought in the room", "total paid", "price")
aq = "Our free valuation days travel to Dunedin"
cl(T, aq, "Our free valuation days travel to Dunedin, Oamaru and Alexandra, and you're welcome to bring along up to five items each time", "up to five items", None, 5, "items", "<=", "free valuation day", "items per visit", "limit")
aq = "Invoices must be paid within 3 working days"
cl(T, aq, "Invoices must be paid within 3 working days of the sale, otherwise the lot may be offered to the underbidder", "within 3 working days", None, 3, "working day", "<=", "buyer's invoice", "time allowed to pay", "duration")
aq = "Vendors are paid 7 days after the sale"
cl(T, aq, "Vendors are paid 7 days after the sale, by direct credit to the bank account on the consignment form", "7 days", 7, 7, "day", "=", "vendor payment", "time after the sale", "duration")
aq = "Pickups from any address within Dunedin city"
cl(T, aq, "Pickups from any address within Dunedin city cost a flat $60, whether it's one chair or a whole room of furniture", "$60", 60, 60, "NZD", "=", "pickup within Dunedin city", "pickup charge", "price")
aq = "Estate Clearance Plus costs $750"
cl(T, aq, "Estate Clearance Plus costs $750 and adds a final clean of the empty house once everything has gone to the saleroom", "$750", 750, 750, "NZD", "=", "Estate Clearance Plus", "price", "price")
aq = "Collectors' Club membership is $80 a year"
sq = "Collectors' Club membership is $80 a year, and members who renew early get 25% off, so an early renewal costs $60"
cl(T, aq, sq, "$80 a year", 80, 80, "NZD/year", "=", "Collectors' Club", "membership fee", "price")
cl(T, aq, sq, "25% off", 25, 25, "%", "=", "early Collectors' Club renewal", "discount", "percentage")
cl(T, aq, sq, "$60", 60, 60, "NZD", "=", "early Collectors' Club renewal", "price", "price")
aq = "Most consignments go under the hammer within a month"
cl(T, aq, "Most consignments go under the hammer within a month of being dropped off, depending on which sale suits them best", "within a month", None, 1, "month", "<=", "typical consignment", "time from drop-off to sale", "duration")
aq = "There's free parking for about 20 cars"
cl(T, aq, "There's free parking for about 20 cars behind the saleroom, and the entrance is on the Crawford Street side", "about 20 cars", 20, 20, "cars", "~", "saleroom car park", "parking spaces", "count")

# saleroom manual (10 answers)
aq = "Sale proceeds reach consignors three weeks after the auction"
cl(M, aq, "Sale proceeds reach consignors three weeks after the auction, once buyers' payments have cleared", "three weeks", 3, 3, "week", "=", "vendor payment", "time after the sale", "duration")
aq = "New online bidders pay a $200 refundable deposit"
cl(M, aq, "New online bidders pay a $200 refundable deposit before their first sale", "$200", 200, 200, "NZD", "=", "new online bidder", "deposit", "price")
cl(M, aq, "It goes back to them within two working days if they don't win anything", "within two working days", None, 2, "working day", "<=", "online bidder's deposit", "time to refund", "duration")
aq = "As of 2025, anything left after the collection deadline"
cl(M, aq, "As of 2025, anything left after the collection deadline costs $10 per lot per day in storage", "$10 per lot per day", 10, 10, "NZD/day", "=", "uncollected lot", "storage charge per lot", "price")
aq = "(2023) Online bidders pay an extra 5%"
cl(M, aq, "(2023) Online bidders pay an extra 5% on top of the buyer's premium, to cover the platform's fee", "an extra 5%", 5, 5, "%", "=", "online bidders", "surcharge on top of the premium", "percentage")
aq = "Vendor commission on general sales is 15%"
sq = "Vendor commission on general sales is 15% of the hammer price, with a minimum of $25 per lot"
cl(M, aq, sq, "15%", 15, 15, "%", "=", "general sales", "vendor commission", "percentage")
cl(M, aq, sq, "a minimum of $25 per lot", 25, None, "NZD", ">=", "general sales", "vendor commission per lot", "price")
aq = "The listing fee is $8 for an ordinary lot"
cl(M, aq, "The listing fee is $8 for an ordinary lot, and it's taken off the vendor's statement after the sale", "$8", 8, 8, "NZD", "=", "ordinary lot", "listing fee", "price")
aq = "Our loading bay can take vans and trucks up to 2.4 m high"
cl(M, aq, "Our loading bay can take vans and trucks up to 2.4 m high", "up to 2.4 m", None, 2.4, "m", "<=", "loading bay", "maximum vehicle height", "limit")
aq = "Most online sales stay open for about 8 days"
cl(M, aq, "Most online sales stay open for about 8 days, closing on a Tuesday evening from 7pm", "about 8 days", 8, 8, "day", "~", "online sale", "how long bidding stays open", "duration")
aq = "Keep estimates cautious"
cl(M, aq, "For example, an early Royal Doulton figure might fetch $900 or more on a good day", "$900 or more", 900, None, "NZD", ">=", "early Royal Doulton figure", "hammer price", "price", True)
aq = "Walk a room bidder through it"
sq = "Walk a room bidder through it: a $500 hammer price plus the 18% premium brings the total to $590, and nothing else is added"
cl(M, aq, sq, "$500", 500, 500, "NZD", "=", "example lot", "hammer price", "price")
cl(M, aq, sq, "18%", 18, 18, "%", "=", "buyer's premium", "share of the hammer price", "percentage")
cl(M, aq, sq, "$590", 590, 590, "NZD", "=", "$500 lot bought in the room", "total paid", "price")

# LibreOffice guide (10 answers); source lines wrap, so sentence quotes stop at a line break
aq = "Bidders must be 18 or older to register"
cl(H, aq, "Bidders must be 18 or older to register", "18 or older", 18, None, "year", ">=", "bidder", "minimum age", "limit")
aq = "First-time internet bidders are asked for a $500 holding deposit"
cl(H, aq, "First-time internet bidders are asked for a $500 holding deposit", "$500", 500, 500, "NZD", "=", "new online bidder", "deposit", "price")
aq = "Yes. Collectors’ Club"
cl(H, aq, "Collectors’ Club members pay a 16% buyer’s premium", "16%", 16, 16, "%", "=", "Collectors' Club members", "buyer's premium", "percentage")
aq = "Buyers have five working days after the auction to settle up"
cl(H, aq, "Buyers have five working days after the auction to settle up", "five working days", None, 5, "working day", "<=", "buyer's invoice", "time allowed to pay", "duration")
aq = "If a lot turns out to be"
cl(H, aq, "you can return it within 14 days of the sale for a full refund", "within 14 days", None, 14, "day", "<=", "wrongly described lot", "time allowed to return it", "duration")
aq = "Online-only sales run for 7 to 10 days"
cl(H, aq, "Online-only sales run for 7 to 10 days", "7 to 10 days", 7, 10, "day", "=", "online-only sale", "how long bidding stays open", "duration")
cl(H, aq, "on the final evening the lots close one minute apart", "one minute apart", 1, 1, "minute", "=", "online-only sale", "gap between lot closing times", "duration")
aq = "A lot that sells for $2,000 in a general sale"
sq = "A lot that sells for $2,000 in a general sale, at our 15% commission, leaves you $1,650 after commission"
cl(H, aq, sq, "$2,000", 2000, 2000, "NZD", "=", "example lot", "hammer price", "price")
cl(H, aq, sq, "15% commission", 15, 15, "%", "=", "general sales", "vendor commission", "percentage")
cl(H, aq, sq, "$1,650", 1650, 1650, "NZD", "=", "vendor of a $2,000 lot", "proceeds after commission", "price")
aq = "Large furniture lots carry a $20 listing fee"
cl(H, aq, "Large furniture lots carry a $20 listing fee", "$20", 20, 20, "NZD", "=", "large furniture lot", "listing fee", "price")
aq = "It depends on the sale calendar"
cl(H, aq, "a consignment can take up to eight weeks to reach a sale", "up to eight weeks", None, 8, "week", "<=", "consignment", "time from drop-off to sale", "duration")
aq = "Anything just under 8 ft tall"
cl(H, aq, "Anything just under 8 ft tall will fit under the loading bay canopy", "just under 8 ft", None, 8, "ft", "<", "loading bay", "maximum vehicle height", "limit")

# knowledge-base records (10 answers)
aq = "Claims about a wrongly described lot must be made within 30 days"
cl(J, aq, "Claims about a wrongly described lot must be made within 30 days, in writing, with the lot number and your invoice", "within 30 days", None, 30, "day", "<=", "wrongly described lot", "time allowed to claim", "duration")
aq = "Photography is $6 per lot"
sq = "Photography is $6 per lot, so a 25-lot consignment adds $160 in photo fees to your statement"
cl(J, aq, sq, "$6 per lot", 6, 6, "NZD", "=", "lot photography", "fee per lot", "price")
cl(J, aq, sq, "25-lot", 25, 25, "lots", "=", "example consignment", "lots", "count")
cl(J, aq, sq, "$160", 160, 160, "NZD", "=", "25-lot consignment", "photography fees", "price")
aq = "(2023) Uncollected lots attract storage of $5 a day"
cl(J, aq, "(2023) Uncollected lots attract storage of $5 a day until they're picked up", "$5 a day", 5, 5, "NZD/day", "=", "uncollected lot", "storage charge per lot", "price")
aq = "Since 2025, bidding through our website adds a 3% surcharge"
cl(J, aq, "Since 2025, bidding through our website adds a 3% surcharge to the buyer's premium on each lot you win", "3% surcharge", 3, 3, "%", "=", "online bidders", "surcharge on top of the premium", "percentage")
aq = "Fine art sales carry a lower vendor commission of 12%"
sq = "Fine art sales carry a lower vendor commission of 12%, and they're held four times a year"
cl(J, aq, sq, "12%", 12, 12, "%", "=", "fine art sales", "vendor commission", "percentage")
cl(J, aq, sq, "four times a year", 4, 4, "sales/year", "=", "fine art sales", "how often they are held", "count")
aq = "Yes. For Central Otago addresses"
sq = "For Central Otago addresses the pickup charge is $180, and we need a week's notice to fit you in"
cl(J, aq, sq, "$180", 180, 180, "NZD", "=", "pickup from Central Otago", "pickup charge", "price")
cl(J, aq, sq, "a week's notice", 1, None, "week", ">=", "pickup from Central Otago", "notice needed", "duration")
aq = "Estate Clearance is a flat $450"
cl(J, aq, "Estate Clearance is a flat $450: we sort, pack and transport the contents of a house and sell whatever is saleable", "$450", 450, 450, "NZD", "=", "Estate Clearance", "price", "price")
aq = "Most lots in a general sale sell for under $200"
cl(J, aq, "Most lots in a general sale sell for under $200, but every sale has a few surprises", "under $200", None, 200, "NZD", "<", "typical lot in a general sale", "hammer price", "price")
aq = "The buyer's premium used to be 15%"
cl(J, aq, "The buyer's premium used to be 15%, before the 2024 fee review", "15%", 15, 15, "%", "=", "buyer's premium before 2024", "share of the hammer price", "percentage")
aq = "Viewing is on the Friday and Saturday before each sale"
cl(J, aq, "Viewing is on the Friday and Saturday before each sale, from 10am to 4pm, and the catalogue goes online a week ahead", "a week ahead", 1, 1, "week", "=", "sale catalogue", "time online before the sale", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
