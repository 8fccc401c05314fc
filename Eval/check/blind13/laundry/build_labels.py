#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the laundry domain (Pressd laundry pickup, Singapore)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, Q = "help-lines.txt", "ops-playbook.md", "faq.html", "whatsapp-replies.txt"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The help lines collect in the Central, East and North-East regions only, while the FAQ page says drivers cover Central, East, West and North.",
  "regions where Pressd collects",
  side(T, "We currently collect in the Central, East and North-East regions only"),
  side(H, "Our drivers cover the Central, East, West and North regions")),
 ("list", "The ops playbook says the only items turned away are leather, fur and wedding gowns, while the WhatsApp replies refuse leather, suede and beaded garments.",
  "items Pressd won't accept",
  side(M, "The only things we turn away are leather, fur and wedding gowns"),
  side(Q, "We can't take leather, suede or beaded garments")),
 ("list", "The FAQ page offers three detergents (regular, hypoallergenic, eco), while the help lines say standard and fragrance-free are the two options stocked.",
  "detergent options",
  side(H, "Choose from three detergents: regular, hypoallergenic and eco"),
  side(T, "You can pick standard or fragrance-free detergent")),
 # polarity
 ("polarity", "The help lines say a bag left outside the door will be collected, while the ops playbook says drivers never collect a bag left unattended.",
  "collecting unattended bags",
  side(T, "Leave the bag outside your door and the driver will collect it"),
  side(M, "never collect a bag left unattended, even if the customer asks")),
 ("polarity", "The FAQ page says ironing isn't part of Wash and Fold, while the WhatsApp replies say shirts in a Wash & Fold order come back pressed free.",
  "ironing in Wash & Fold",
  side(H, "Ironing isn't part of Wash and Fold"),
  side(Q, "Shirts in a Wash & Fold order come back pressed at no extra charge")),
 ("polarity", "The ops playbook says pickups run seven days a week including Sundays, while the FAQ page says there are no pickups or deliveries on Sundays.",
  "Sunday pickups",
  side(M, "We run pickups seven days a week, Sundays included"),
  side(H, "There are no pickups or deliveries on Sundays or public holidays")),
 # numeric
 ("numeric", "The help lines price Wash & Fold at S$3.20 per kg, while the WhatsApp replies give S$3.80/kg.",
  "Wash & Fold price per kg",
  side(T, "Wash & Fold is S$3.20 per kg"),
  side(Q, "Wash & Fold costs S$3.80/kg, and we weigh the bag")),
 ("numeric", "The ops playbook gives a 48-hour standard Wash & Fold turnaround, while the FAQ page says regular wash-and-fold orders come back 72 hours after collection.",
  "standard Wash & Fold turnaround",
  side(M, "Standard Wash & Fold turnaround is 48 hours from pickup"),
  side(H, "Regular wash-and-fold orders come back 72 hours after collection")),
 ("numeric", "The FAQ page makes pickup and delivery free from $30, while the WhatsApp replies charge a S$5 fee on orders under S$40.",
  "order value for free pickup and delivery",
  side(H, "Pickup and delivery are free on orders of $30 and above"),
  side(Q, "Orders under S$40 carry a S$5 delivery fee")),
 ("numeric", "The help lines keep counter orders for 60 days before donating them, while the ops playbook holds them for 30 days.",
  "how long unclaimed counter orders are kept",
  side(T, "Orders left at our counter are kept for 60 days"),
  side(M, "Counter orders nobody picks up are held for 30 days")),
 # arithmetic
 ("arithmetic", "5 x S$4.50 + 2 x S$6 = S$34.50, not S$32.50.",
  "price of five shirts and two pairs of trousers",
  side(T, "Five shirts at S$4.50 each and two pairs of trousers at S$6 each"),
  side(T, "come to S$32.50 for laundering and pressing")),
 ("arithmetic", "S$89 / 30 kg is about S$2.97 per kg, not S$2.50.",
  "Family plan price per kg",
  side(M, "The Family plan is S$89 a month for 30 kg"),
  side(M, "which works out to S$2.50 per kg")),
 ("arithmetic", "20% off S$45 is S$36, not S$38.",
  "referral discount on a S$45 order",
  side(Q, "Refer a friend and you both get 20% off your next order"),
  side(Q, "so a S$45 order drops to S$38")),
 # stale
 ("stale", "A 2022 answer gives the Express surcharge as S$8, while a 2025 answer gives S$12.",
  "Express surcharge",
  side(Q, "(2022) Express next-day service adds S$8 to the order"),
  side(H, "As of 2025, the Express surcharge is S$12 per order")),
 ("stale", "A 2023 note gives counter hours of 8am to 8pm, while a 2025 answer gives 7am to 10pm.",
  "Tanjong Pagar counter opening hours",
  side(M, "(2023) The Tanjong Pagar drop-off counter is open from 8am to 8pm"),
  side(T, "Since 2025, our Tanjong Pagar counter opens from 7am to 10pm")),
 ("stale", "A 2022 answer prices a queen-size duvet at S$25, while a 2025 answer gives S$32.",
  "price of cleaning a queen duvet",
  side(H, "(2022) Cleaning a queen-size duvet costs S$25"),
  side(Q, "As of 2025, a queen duvet is S$32 to clean")),
]

traps = [
 ("Different tier: the Solo plan gives 15 kg a month, the Family plan 30 kg.",
  side(T, "The Solo plan gives you 15 kg of Wash & Fold a month"), side(Q, "The Family plan covers up to 30 kg of washing a month")),
 ("Different region: Central pickups start at 7am, East pickups at 8am.",
  side(H, "In the Central region, the first pickup slot is at 7am"), side(M, "East region pickups start at 8am")),
 ("Different service: stain treatment is free on dry cleaning and S$3 per item on Wash and Fold.",
  side(M, "Stain treatment is free on all dry cleaning"), side(H, "On Wash and Fold, stain treatment is S$3 per item")),
 ("Different size: a single duvet is S$22, a king-size duvet S$38.",
  side(T, "A single duvet is S$22 to clean"), side(Q, "king-size duvets cost S$38 to clean")),
 ("Similarly named services: Express Same-Day (back the same evening) vs Express (24 hours).",
  side(T, "Express Same-Day orders picked up before 10am are back at your door"), side(M, "Express turnaround is 24 hours from pickup")),
 ("Same value in other units: 60 °C is 140 °F.",
  side(H, "Whites are washed at 60 °C to lift sweat stains"), side(Q, "we wash whites at 140 °F, which is hot enough")),
 ("Correct computation: 4 x S$9 = S$36.",
  side(H, "Curtains are S$9 per panel"), side(H, "so a four-panel living room set is S$36")),
 ("Correct percentage: 10% off S$50 is S$45.",
  side(Q, "Customers aged 65 and over get 10% off every order"), side(Q, "so a S$50 order comes to S$45")),
 ("The usual 4 working days lies inside the 3 to 5 working day range.",
  side(M, "Dry cleaning takes 3 to 5 working days"), side(T, "Dry-cleaned items are usually back in about 4 working days")),
 ("12 kg is a hedged example for a family of five ('For example ... might'), not the typical order of around 6 kg.",
  side(Q, "a family of five might send as much as 12 kg in one pickup"), side(M, "Most orders weigh around 6 kg")),
 ("S$15 is explicitly the sneaker price before the 2024 move; S$18 is current.",
  side(T, "Canvas sneaker cleaning used to be S$15 a pair"), side(H, "We clean canvas and mesh sneakers for S$18 a pair")),
 ("Sub-limit within a limit: at most S$200 for any single garment, at most S$1,000 per order.",
  side(M, "Our liability is capped at S$1,000 per order"), side(H, "The most we'll pay for any single garment is S$200")),
 ("The household list is open ('such as'), so removable sofa covers are consistent.",
  side(H, "We also clean household items such as curtains, duvets and rugs"), side(Q, "Sofa covers are fine too, as long as they're removable")),
 ("The same 2-hour rescheduling rule stated in both directions.",
  side(T, "You can reschedule a pickup for free up to 2 hours before your slot"), side(M, "Changes made within 2 hours of the slot aren't free")),
]

DOMAIN = ("Pressd, a fictional laundry and dry-cleaning pickup service in Singapore (SGD): Wash & Fold and dry-cleaning "
          "prices and turnaround, Express and Express Same-Day, Solo and Family plans, duvets, curtains and sneakers, "
          "detergents and wash temperatures, pickup regions, slots and fees, counter hours, refused items, liability, "
          "discounts and rescheduling.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in every answer of the four files
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# help lines (.txt, one answer per line)
aq = "You can pick standard or fragrance-free detergent"
cl(T, aq, "You can pick standard or fragrance-free detergent, and those are the two options we stock", "the two options", 2, 2, "detergents", "=", "detergent choice", "number of options", "count")
aq = "Wash & Fold is S$3.20 per kg"
sq = "Wash & Fold is S$3.20 per kg, with a 5 kg minimum per order"
cl(T, aq, sq, "S$3.20 per kg", 3.2, 3.2, "SGD/kg", "=", "Wash & Fold", "price per kg", "price")
cl(T, aq, sq, "5 kg minimum", 5, None, "kg", ">=", "Wash & Fold order", "minimum weight", "limit")
aq = "Orders left at our counter are kept for 60 days"
cl(T, aq, "Orders left at our counter are kept for 60 days, after which they're donated to charity", "60 days", 60, 60, "day", "=", "unclaimed counter orders", "holding period", "duration")
aq = "Five shirts at S$4.50 each"
sq = "Five shirts at S$4.50 each and two pairs of trousers at S$6 each come to S$32.50 for laundering and pressing"
cl(T, aq, sq, "Five shirts", 5, 5, "shirts", "=", "example order", "number of shirts", "count")
cl(T, aq, sq, "S$4.50 each", 4.5, 4.5, "SGD", "=", "shirt, laundered and pressed", "price per item", "price")
cl(T, aq, sq, "two pairs of trousers", 2, 2, "pairs", "=", "example order", "number of trousers", "count")
cl(T, aq, sq, "S$6 each", 6, 6, "SGD", "=", "pair of trousers, laundered and pressed", "price per item", "price")
cl(T, aq, sq, "S$32.50", 32.5, 32.5, "SGD", "=", "five shirts and two pairs of trousers", "total price", "price")
aq = "Since 2025, our Tanjong Pagar counter"
sq = "Since 2025, our Tanjong Pagar counter opens from 7am to 10pm for drop-offs and collections"
cl(T, aq, sq, "7am", 7, 7, "clock hour", "=", "Tanjong Pagar counter", "opening time", "other")
cl(T, aq, sq, "10pm", 22, 22, "clock hour", "=", "Tanjong Pagar counter", "closing time", "other")
aq = "The Solo plan gives you 15 kg"
sq = "The Solo plan gives you 15 kg of Wash & Fold a month for S$55"
cl(T, aq, sq, "15 kg", 15, 15, "kg/month", "=", "Solo plan", "monthly Wash & Fold allowance", "limit")
cl(T, aq, sq, "S$55", 55, 55, "SGD/month", "=", "Solo plan", "monthly price", "price")
aq = "A single duvet is S$22 to clean"
cl(T, aq, "A single duvet is S$22 to clean, and it comes back vacuum-packed", "S$22", 22, 22, "SGD", "=", "single duvet", "cleaning price", "price")
aq = "Express Same-Day orders picked up before 10am"
sq = "Express Same-Day orders picked up before 10am are back at your door by 10pm the same day"
cl(T, aq, sq, "before 10am", None, 10, "clock hour", "<", "Express Same-Day order", "latest pickup time", "limit")
cl(T, aq, sq, "by 10pm", None, 22, "clock hour", "<=", "Express Same-Day order", "delivery time on the same day", "limit")
aq = "Dry-cleaned items are usually back"
cl(T, aq, "Dry-cleaned items are usually back in about 4 working days", "about 4 working days", 4, 4, "working day", "~", "dry cleaning", "turnaround", "duration")
aq = "Canvas sneaker cleaning used to be S$15"
cl(T, aq, "Canvas sneaker cleaning used to be S$15 a pair before we moved the workshop in 2024", "S$15 a pair", 15, 15, "SGD/pair", "=", "canvas sneaker cleaning before 2024", "price", "price")
aq = "You can reschedule a pickup for free"
cl(T, aq, "You can reschedule a pickup for free up to 2 hours before your slot, right in the app", "up to 2 hours before your slot", 2, None, "hour", ">=", "free pickup rescheduling", "notice before the slot", "duration")

# ops playbook (.md)
aq = "Yes. We run pickups seven days a week"
cl(M, aq, "We run pickups seven days a week, Sundays included, with a smaller fleet on Sunday mornings", "seven days a week", 7, 7, "days/week", "=", "pickups", "days of operation", "count")
aq = "Standard Wash & Fold turnaround is 48 hours"
cl(M, aq, "Standard Wash & Fold turnaround is 48 hours from pickup", "48 hours", 48, 48, "hour", "=", "standard Wash & Fold", "turnaround", "duration")
aq = "Counter orders nobody picks up"
cl(M, aq, "Counter orders nobody picks up are held for 30 days, then they go to our charity partner", "30 days", 30, 30, "day", "=", "unclaimed counter orders", "holding period", "duration")
aq = "The Family plan is S$89 a month"
sq = "The Family plan is S$89 a month for 30 kg, which works out to S$2.50 per kg"
cl(M, aq, sq, "S$89 a month", 89, 89, "SGD/month", "=", "Family plan", "monthly price", "price")
cl(M, aq, sq, "30 kg", 30, 30, "kg/month", "=", "Family plan", "monthly Wash & Fold allowance", "limit")
cl(M, aq, sq, "S$2.50 per kg", 2.5, 2.5, "SGD/kg", "=", "Family plan", "price per kg", "price")
aq = "(2023) The Tanjong Pagar drop-off counter"
sq = "(2023) The Tanjong Pagar drop-off counter is open from 8am to 8pm"
cl(M, aq, sq, "8am", 8, 8, "clock hour", "=", "Tanjong Pagar counter", "opening time", "other")
cl(M, aq, sq, "8pm", 20, 20, "clock hour", "=", "Tanjong Pagar counter", "closing time", "other")
aq = "East region pickups start at 8am"
sq = "East region pickups start at 8am, because the first van leaves the Tai Seng plant at 7.30"
cl(M, aq, sq, "8am", 8, 8, "clock hour", "=", "East region pickups", "first pickup time", "other")
cl(M, aq, sq, "7.30", 7.5, 7.5, "clock hour", "=", "first van from the Tai Seng plant", "departure time", "other")
aq = "Express turnaround is 24 hours"
cl(M, aq, "Express turnaround is 24 hours from pickup, so a Monday morning collection comes back on Tuesday morning", "24 hours", 24, 24, "hour", "=", "Express", "turnaround", "duration")
aq = "Dry cleaning takes 3 to 5 working days"
cl(M, aq, "Dry cleaning takes 3 to 5 working days, longer for pleated or silk pieces that need hand finishing", "3 to 5 working days", 3, 5, "working day", "=", "dry cleaning", "turnaround", "duration")
aq = "Most orders weigh around 6 kg"
cl(M, aq, "Most orders weigh around 6 kg, roughly one full Pressd bag", "around 6 kg", 6, 6, "kg", "~", "typical order", "weight", "other")
aq = "Our liability is capped at S$1,000 per order."
cl(M, aq, "Our liability is capped at S$1,000 per order", "S$1,000 per order", None, 1000, "SGD", "<=", "lost or damaged items", "liability per order", "limit")
aq = "Changes made within 2 hours of the slot"
sq = "Changes made within 2 hours of the slot aren't free, and the app adds a S$5 fee automatically"
cl(M, aq, sq, "within 2 hours of the slot", None, 2, "hour", "<", "late pickup changes", "notice before the slot", "duration")
cl(M, aq, sq, "S$5 fee", 5, 5, "SGD", "=", "late pickup changes", "change fee", "price")

# FAQ page (.html)
aq = "Pickup and delivery are free on orders of $30"
cl(H, aq, "Pickup and delivery are free on orders of $30 and above", "$30 and above", 30, None, "SGD", ">=", "orders", "order value for free pickup and delivery", "limit")
aq = "In the Central region, the first pickup slot"
cl(H, aq, "In the Central region, the first pickup slot is at 7am", "7am", 7, 7, "clock hour", "=", "Central region pickups", "first pickup time", "other")
aq = "Regular wash-and-fold orders come back 72 hours"
cl(H, aq, "Regular wash-and-fold orders come back 72 hours after collection", "72 hours", 72, 72, "hour", "=", "standard Wash & Fold", "turnaround", "duration")
aq = "As of 2025, the Express surcharge"
cl(H, aq, "As of 2025, the Express surcharge is S$12 per order", "S$12 per order", 12, 12, "SGD", "=", "Express", "surcharge", "price")
aq = "(2022) Cleaning a queen-size duvet costs S$25."
cl(H, aq, "(2022) Cleaning a queen-size duvet costs S$25", "S$25", 25, 25, "SGD", "=", "queen-size duvet", "cleaning price", "price")
aq = "On Wash and Fold, stain treatment"
cl(H, aq, "On Wash and Fold, stain treatment is S$3 per item", "S$3 per item", 3, 3, "SGD/item", "=", "stain treatment on Wash & Fold", "price", "price")
aq = "Yes. Curtains are S$9 per panel"
sq = "Curtains are S$9 per panel, so a four-panel living room set is S$36"
cl(H, aq, sq, "S$9 per panel", 9, 9, "SGD/panel", "=", "curtain cleaning", "price per panel", "price")
cl(H, aq, sq, "four-panel", 4, 4, "panels", "=", "example living room curtain set", "number of panels", "count")
cl(H, aq, sq, "S$36", 36, 36, "SGD", "=", "four-panel curtain set", "total price", "price")
aq = "We clean canvas and mesh sneakers"
cl(H, aq, "We clean canvas and mesh sneakers for S$18 a pair", "S$18 a pair", 18, 18, "SGD/pair", "=", "canvas and mesh sneaker cleaning", "price", "price")
aq = "We'll make it right."
cl(H, aq, "The most we'll pay for any single garment is S$200, even for designer labels", "S$200", None, 200, "SGD", "<=", "lost or damaged items", "compensation per garment", "limit")
aq = "Choose from three detergents"
cl(H, aq, "Choose from three detergents: regular, hypoallergenic and eco", "three detergents", 3, 3, "detergents", "=", "detergent choice", "number of options", "count")
aq = "Whites are washed at 60 °C"
sq = "Whites are washed at 60 °C to lift sweat stains, and colours go in at 30 °C"
cl(H, aq, sq, "60 °C", 60, 60, "°C", "=", "whites", "wash temperature", "other")
cl(H, aq, sq, "30 °C", 30, 30, "°C", "=", "colours", "wash temperature", "other")

# WhatsApp replies (.txt, question line + answer line)
aq = "Wash & Fold costs S$3.80/kg"
cl(Q, aq, "Wash & Fold costs S$3.80/kg, and we weigh the bag in front of the driver", "S$3.80/kg", 3.8, 3.8, "SGD/kg", "=", "Wash & Fold", "price per kg", "price")
aq = "Orders under S$40 carry a S$5 delivery fee."
sq = "Orders under S$40 carry a S$5 delivery fee"
cl(Q, aq, sq, "under S$40", None, 40, "SGD", "<", "orders charged a delivery fee", "order value", "limit")
cl(Q, aq, sq, "S$5 delivery fee", 5, 5, "SGD", "=", "orders under the threshold", "delivery fee", "price")
aq = "Refer a friend and you both get 20% off"
sq = "Refer a friend and you both get 20% off your next order, so a S$45 order drops to S$38"
cl(Q, aq, sq, "20% off", 20, 20, "%", "=", "referral discount", "discount", "percentage")
cl(Q, aq, sq, "S$45", 45, 45, "SGD", "=", "example order", "price before discount", "price")
cl(Q, aq, sq, "S$38", 38, 38, "SGD", "=", "example order with the referral discount", "price after discount", "price")
aq = "(2022) Express next-day service adds S$8"
cl(Q, aq, "(2022) Express next-day service adds S$8 to the order, whatever its size", "S$8", 8, 8, "SGD", "=", "Express", "surcharge", "price")
aq = "As of 2025, a queen duvet is S$32"
cl(Q, aq, "As of 2025, a queen duvet is S$32 to clean, including a fabric-safe deodoriser", "S$32", 32, 32, "SGD", "=", "queen-size duvet", "cleaning price", "price")
aq = "The Family plan covers up to 30 kg"
cl(Q, aq, "The Family plan covers up to 30 kg of washing a month for the whole household", "up to 30 kg", None, 30, "kg/month", "<=", "Family plan", "monthly Wash & Fold allowance", "limit")
aq = "Yes, king-size duvets cost S$38"
sq = "Yes, king-size duvets cost S$38 to clean and take one extra day to dry"
cl(Q, aq, sq, "S$38", 38, 38, "SGD", "=", "king-size duvet", "cleaning price", "price")
cl(Q, aq, sq, "one extra day", 1, 1, "day", "=", "king-size duvet", "extra drying time", "duration")
aq = "Yes, we wash whites at 140 °F"
cl(Q, aq, "Yes, we wash whites at 140 °F, which is hot enough to kill dust mites", "140 °F", 140, 140, "°F", "=", "whites", "wash temperature", "other")
aq = "Customers aged 65 and over get 10% off"
sq = "Customers aged 65 and over get 10% off every order, so a S$50 order comes to S$45"
cl(Q, aq, sq, "65 and over", 65, None, "year", ">=", "senior discount", "qualifying age", "limit")
cl(Q, aq, sq, "10% off", 10, 10, "%", "=", "senior discount", "discount", "percentage")
cl(Q, aq, sq, "S$50", 50, 50, "SGD", "=", "example order", "price before discount", "price")
cl(Q, aq, sq, "S$45", 45, 45, "SGD", "=", "example order with the senior discount", "price after discount", "price")
aq = "There's no real limit."
sq = "For example, a family of five might send as much as 12 kg in one pickup"
cl(Q, aq, sq, "a family of five", 5, 5, "people", "=", "example family", "household size", "count", True)
cl(Q, aq, sq, "as much as 12 kg", None, 12, "kg", "<=", "example family's pickup", "weight", "other", True)

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
