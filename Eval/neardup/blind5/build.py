#!/usr/bin/env python3
"""Builds the blind5 near-duplicate corpus (Spokeline, a made-up bicycle courier and same-day
delivery company) and pairs.json / singletons.json. Every answer is placed in a named file; each
file is then shuffled with a fixed seed, so the build is deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
A, D, H = "app-help.txt", "dispatch-chat.txt", "business-handbook.txt"

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits."""
    assert not re.search(r"\d", prefix + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",
  (A, "Express 60 collects within 15 minutes of booking and delivers within 60 minutes anywhere in Zone 1. It costs £9.50 per drop, and each extra stop on the same route adds £3."),
  (D, "With Express 60, a rider picks up within 15 minutes of your booking and drops off within 60 minutes anywhere inside Zone 1. The price is £9.50 per drop, plus £3 for every extra stop along the same route.")),
 ("reworded",
  (D, "Parcels must weigh no more than 15 kg and fit inside a 60 cm by 40 cm by 40 cm box. Anything bigger needs our cargo bike service, which you can book by phone."),
  (H, "A standard rider bag takes parcels of up to 15 kg that fit in a 60 cm by 40 cm by 40 cm box. For larger items, phone us and book a cargo bike instead.")),
 ("reworded",
  (A, "If nobody is in to receive a parcel, the rider waits for up to 5 minutes before calling you. After that we bring the parcel back to the hub and charge a £4 return fee."),
  (H, "When no one answers the door, our riders wait a maximum of 5 minutes and then phone you. Parcels that still cannot be handed over go back to the hub, and a £4 return fee is added.")),
 ("reworded",
  (H, "Business accounts are invoiced on the 1st of each month for the previous month's deliveries. Payment terms are 30 days, and late invoices pause new bookings."),
  (H, "We send business account invoices on the 1st of every month, covering all deliveries from the month before. You have 30 days to pay, and while an invoice is overdue no new bookings can be made.")),
 ("reordered",
  (A, "Every rider carries a card reader for cash-on-delivery orders. Payments collected are sent to your account within 2 working days. A 1.5% handling fee applies to each collected payment."),
  (D, "A 1.5% handling fee applies to each collected payment. Every rider carries a card reader for cash-on-delivery orders. Payments collected are sent to your account within 2 working days.")),
 ("reordered",
  (D, "Our riders work from 7am to 9pm on weekdays and from 9am to 6pm on Saturdays. There is no service on Sundays or bank holidays. Bookings made after 8pm are collected the next morning."),
  (H, "Bookings made after 8pm are collected the next morning. Our riders work from 7am to 9pm on weekdays and from 9am to 6pm on Saturdays. There is no service on Sundays or bank holidays.")),
 ("reordered",
  (H, "Temperature-sensitive items travel in insulated bags that keep contents cool for 3 hours. Please pack frozen goods with ice packs. We cannot carry dry ice."),
  (A, "We cannot carry dry ice. Temperature-sensitive items travel in insulated bags that keep contents cool for 3 hours. Please pack frozen goods with ice packs.")),
 ("reordered",
  (A, "You can follow your rider live on the map from the moment of pickup. The recipient gets a text with the same tracking link. The link expires 24 hours after delivery."),
  (D, "The recipient gets a text with the same tracking link, and you can follow your rider live on the map from the moment of pickup. The link expires 24 hours after delivery.")),
 ("boilerplate",
  (H, "Proof of delivery is a photo of the parcel at the door plus the name of the person who took it. You can download it from the order page for 90 days."),
  (D, wrap("Hi, thanks for messaging Spokeline!", "Proof of delivery is a photo of the parcel at the door plus the name of the person who took it. You can download it from the order page for 90 days.", "Is there anything else I can help you with?"))),
 ("boilerplate",
  (D, "Cancellations are free until a rider has been assigned. Once a rider is on the way, we charge £5 to cover their time."),
  (A, wrap("Help › Bookings › Cancelling a delivery —", "Cancellations are free until a rider has been assigned. Once a rider is on the way, we charge £5 to cover their time.", "Did this answer your question? Yes / No"))),
 ("boilerplate",
  (A, "Riders cannot carry live animals, cash over £200, or anything flammable. A full list of prohibited items is in our terms of carriage."),
  (H, wrap("Please note:", "Riders cannot carry live animals, cash over £200, or anything flammable. A full list of prohibited items is in our terms of carriage.", "Thank you for delivering with Spokeline."))),
 ("boilerplate",
  (H, "Cargo bike bookings can carry up to 100 kg in a single load. They must be made at least 2 hours ahead because our cargo fleet is small."),
  (D, wrap("Good morning!", "Cargo bike bookings can carry up to 100 kg in a single load. They must be made at least 2 hours ahead because our cargo fleet is small.", "Have a lovely day, the Spokeline dispatch team"))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (A, "Gift deliveries: add a message of up to 200 characters and we will print it on a card. The card is free with any Same-Day booking."),
  (H, "gift deliveries -  add a message of up to 200 characters and we will print it on a card.  the card is free with any same-day booking")),
 ("mixed",  # sentence split (2 vs 3) plus rewording
  (D, "Same-Day bookings placed before 1pm are delivered by 6pm anywhere in Zones 1 to 3. The flat price is £14 per parcel whatever the distance."),
  (H, "Book a Same-Day delivery before 1pm and it will arrive by 6pm. This covers any address in Zones 1 to 3. You pay a flat £14 per parcel, however far it goes.")),
 ("mixed",  # rewording plus boilerplate
  (H, "If a parcel arrives damaged, report it in the app within 48 hours and include a photo. Claims are covered up to £250 per parcel unless you added extra cover at booking."),
  (D, "Quick tip from the dispatch desk: send us a photo through the app within 48 hours if something turns up damaged. We pay claims up to £250 per parcel, or more if you bought extra cover when booking. Ride safe!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",
  (A, "Business Starter includes 40 deliveries a month within Zone 1 and Zone 2. Extra deliveries are charged at the Pay As You Go rate."),
  (D, "Business Starter includes 60 deliveries a month within Zone 1 and Zone 2. Extra deliveries are charged at the Pay As You Go rate.")),
 ("number",
  (D, "Our Canal Basin hub accepts drop-off parcels until 7pm on weekdays. Parcels handed in at the counter go out with the next available rider."),
  (H, "Our Canal Basin hub accepts drop-off parcels until 8pm on weekdays. Parcels handed in at the counter go out with the next available rider.")),
 ("number",
  (H, "Deliveries to Zone 3 cost an extra £4 on top of the standard price. Zone 3 covers the ring road estates and the airport business park."),
  (A, "Deliveries to Zone 3 cost an extra £6 on top of the standard price. Zone 3 covers the ring road estates and the airport business park.")),
 ("item",  # hub / region
  (A, "Self-service parcel lockers are available at our Eastgate hub. They are open around the clock and take parcels up to 10 kg."),
  (D, "Self-service parcel lockers are available at our Northside hub. They are open around the clock and take parcels up to 10 kg.")),
 ("item",  # plan
  (D, "Customers on Business Plus can book a dedicated rider for a whole morning or afternoon. The rider stays with your team and makes as many local runs as you need."),
  (H, "Customers on Business Starter can book a dedicated rider for a whole morning or afternoon. The rider stays with your team and makes as many local runs as you need.")),
 ("item",  # service
  (H, "Our Scheduled service includes free insurance cover up to £100 per parcel. Higher cover can be added at checkout for a small fee."),
  (A, "Our Same-Day service includes free insurance cover up to £100 per parcel. Higher cover can be added at checkout for a small fee.")),
 ("word",  # can / cannot
  (A, "Riders can leave parcels with a neighbour if nobody answers. You can change your choice in the app under delivery preferences."),
  (D, "Riders cannot leave parcels with a neighbour if nobody answers. You can change your choice in the app under delivery preferences.")),
 ("word",  # morning / afternoon
  (D, "Recurring pickups can be set for every weekday morning from the business dashboard. Each pickup is billed as a normal Same-Day booking."),
  (H, "Recurring pickups can be set for every weekday afternoon from the business dashboard. Each pickup is billed as a normal Same-Day booking.")),
 ("word",  # weekly / monthly
  (H, "Business Plus customers receive a weekly usage report by email. It lists every delivery with its cost and a link to the proof of delivery."),
  (A, "Business Plus customers receive a monthly usage report by email. It lists every delivery with its cost and a link to the proof of delivery.")),
 ("sentence",
  (A, "Our Northside hub is next to the railway station car park. The entrance is on Mill Street, opposite the bike shop. The hub has bike racks for customers and a step-free counter."),
  (D, "Our Northside hub is next to the railway station car park. The entrance is on Mill Street, opposite the bike shop. The hub has a small waiting area and a customer toilet.")),
 ("sentence",
  (D, "Oversized items such as framed artwork or rolled rugs need a cargo bike. We send two riders for loads that have to be carried upstairs. Cargo bike jobs are charged by the hour rather than per drop."),
  (H, "Oversized items such as framed artwork or rolled rugs need a cargo bike. We send two riders for loads that have to be carried upstairs. Cargo bike jobs are charged per drop at the usual Same-Day price.")),
 ("sentence",
  (H, "Account holders can add extra users from the team settings page. Each user gets their own login and booking history. Only the account owner can change the payment details."),
  (A, "Account holders can add extra users from the team settings page. Each user gets their own login and booking history. Every user on the account can change the payment details.")),
]

exact = [  # (file, file, text) with identical text
 (D, D, "Riders wear green hi-vis jackets with the Spokeline logo and carry a photo ID badge. If someone says they are our rider but has no badge, do not hand anything over and call us."),
 (A, H, "We offset the emissions from our few electric vans through a certified tree-planting scheme. More than 90% of our deliveries are made by bike or on foot."),
 (H, D, "Lost property found by riders is kept at the Canal Basin hub for 30 days. Call us with a description and we will check the log."),
]

singles = [
 (A, "You can book a delivery in the app, on the website or by calling the dispatch desk. The app is quickest because it remembers addresses you have used before."),
 (A, "You can save up to 50 addresses in your address book. Each one can hold access notes such as door codes or the best entrance to use."),
 (A, "Promo codes are entered on the payment screen before you confirm a booking. Only one code can be used per order."),
 (A, "Receipts are emailed as soon as a delivery is complete. You can also find them under Orders in the app."),
 (A, "Tips go to the rider in full. You can add one in the app for up to 24 hours after delivery."),
 (A, "If you need more time to reach the door, add a note to the booking and the rider will wait longer at no charge. You can also ask for the parcel to be brought inside."),
 (A, "Parcels are weighed at pickup with the rider's hand scale. If the weight is higher than you booked, the difference is added to your bill."),
 (D, "Riders keep going in light rain and wind. In snow, ice or a storm warning we may pause bookings, and the app tells you before you pay."),
 (D, "Documents that need a wet signature can be taken to the recipient and brought back the same day. Book a return trip so the rider waits while the papers are signed."),
 (D, "Flowers and cakes are carried upright in a rigid box. Please mention them when booking so we send a rider with the right bag."),
 (D, "We deliver to hospital wards, university halls and office receptions. Some buildings only accept parcels at a central post room, and our riders follow the building rules."),
 (A, "Complaints are answered within 2 working days. If you are not happy with the reply, ask for it to be passed to our operations manager."),
 (D, "Every rider is employed directly by Spokeline and paid at least the real Living Wage. We do not use gig-economy contracts."),
 (D, "To become a rider, apply through the careers page and bring your own bike to a trial shift. We provide the bags, the jacket and a phone mount."),
 (H, "Our API lets online shops create bookings automatically at checkout. Developers can request a test key from the business dashboard."),
 (H, "Spokeline was started in 2016 by two former messengers with one bike and a phone. Today more than 120 riders work for us across the city."),
 (A, "Your booking history is kept for 2 years. After that, order details are anonymised, but invoices are kept for tax purposes."),
 (A, "Registered charities get a free Business Starter account for their first year. Ask our sales team for the short application form."),
 (H, "We only carry prescription medicines for registered pharmacies with a business account. Pharmacies must use sealed and labelled bags."),
 (H, "All cargo bikes are electrically assisted and serviced every 2 weeks in our own workshop. Riders who use their own bikes get a yearly maintenance allowance."),
 (H, "New riders shadow an experienced colleague for their first week. Everyone is trained in first aid and in riding safely in heavy traffic."),
]

files = {A: [], D: [], H: []}
def place(f, text, role):
    files[f].append((text, role))

for i, (kind, (fa, ta), (fb, tb)) in enumerate(near, 1):
    place(fa, ta, ("near", i, "a")); place(fb, tb, ("near", i, "b"))
for i, (kind, (fa, ta), (fb, tb)) in enumerate(look, 1):
    place(fa, ta, ("look", i, "a")); place(fb, tb, ("look", i, "b"))
for i, (fa, fb, t) in enumerate(exact, 1):
    place(fa, t, ("exact", i, "a")); place(fb, t, ("exact", i, "b"))
for i, (f, t) in enumerate(singles, 1):
    place(f, t, ("single", i, ""))

rng = random.Random(20250114)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (A, D, H):
    items = files[f]
    rng.shuffle(items)
    with open(os.path.join(HERE, "corpus", f), "w", encoding="utf-8", newline="\n") as fh:
        for n, (text, role) in enumerate(items, 1):
            assert "\n" not in text and text == text.strip() and text
            fh.write(text + "\n")
            pos[role] = {"file": f, "line": n}

pairs = {
 "near_duplicates": [{"id": f"n{i}", "kind": k, "a": pos[("near", i, "a")], "b": pos[("near", i, "b")]}
                     for i, (k, _, _) in enumerate(near, 1)],
 "lookalikes": [{"id": f"l{i}", "differs_in": k, "a": pos[("look", i, "a")], "b": pos[("look", i, "b")]}
                for i, (k, _, _) in enumerate(look, 1)],
 "exact_duplicates": [{"id": f"e{i}", "a": pos[("exact", i, "a")], "b": pos[("exact", i, "b")]}
                      for i in range(1, len(exact) + 1)],
}
singletons = sorted((pos[("single", i, "")] for i in range(1, len(singles) + 1)),
                    key=lambda r: (r["file"], r["line"]))
with open(os.path.join(HERE, "pairs.json"), "w", encoding="utf-8") as fh:
    json.dump(pairs, fh, ensure_ascii=False, indent=1); fh.write("\n")
with open(os.path.join(HERE, "singletons.json"), "w", encoding="utf-8") as fh:
    json.dump(singletons, fh, ensure_ascii=False, indent=1); fh.write("\n")
print({f: len(v) for f, v in files.items()}, "singletons:", len(singles))
