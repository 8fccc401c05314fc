#!/usr/bin/env python3
"""Builds the blind23 near-duplicate corpus (neardup23: Hollowmere Freight, a made-up independent freight
forwarder and customs agent with two depots: Gannet Quay, at the port of Skelderwick, and Stilling Road, an
inland depot at Marrowby) and pairs.json / singletons.json. Every answer is placed in a named file; each file
is then shuffled with a fixed seed, so the build is deterministic.

Some near-duplicates write a number as a word on one side and as digits on the other
("fourteen days" / "14 days"), so the numbers of a pair are compared after number words are read as digits."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
H, E, N = "help-centre.txt", "email-replies.txt", "depot-notices.txt"

UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
         "fifteen sixteen seventeen eighteen nineteen").split()
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
NUMWORD = re.compile(r"\b(?:(%s)(?:-(%s))?|(%s))\b" % ("|".join(TENS), "|".join(UNITS[1:10]), "|".join(UNITS)), re.I)

def numify(t):
    """Reads number words (zero to ninety-nine) as digits: 'fifteen minutes' -> '15 minutes', 'twenty-four' -> '24'."""
    def rep(m):
        if m.group(1):
            return str(TENS[m.group(1).lower()] + (UNITS.index(m.group(2).lower()) if m.group(2) else 0))
        return str(UNITS.index(m.group(3).lower()))
    return NUMWORD.sub(rep, t)

def numbers(t):
    return sorted(re.findall(r"\d+", numify(t)))

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must contain no digits and no number words."""
    assert not re.search(r"\d", numify(prefix + " " + suffix)), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",  # 14 / fourteen; passive -> active, contractions, clauses moved
  (H, "Online quotes are valid for 14 days from the date of issue and include the fuel surcharge that applies on that date. Bookings placed after a quote has expired are repriced at the current rates."),
  (E, "Your quote is good for fourteen days from the day we issued it, and that day's fuel surcharge is already built in. If it's run out by the time you book, we'll need to requote you at whatever our prices are then.")),
 ("reworded",  # 2 / two; one sentence split into two, list order changed
  (E, "We can take pallets up to 1.2 m by 1 m and 1.8 m high, weighing no more than 800 kg including the pallet itself. Anything taller or heavier than that counts as two pallet spaces and is charged as such."),
  (N, "Maximum pallet size: 1.2 m x 1 m, 1.8 m high. Maximum weight 800 kg, pallet included. Oversized or overweight pallets are charged as 2 spaces.")),
 ("reworded",  # heavy: nearly every phrase replaced by a synonym or restructured, "not on top" given as a reason
  (N, "Shrink-wrap every pallet at least three times round, including the base. Fit card corners on all four upright edges. Stick a label on two opposite sides, not on top."),
  (H, "Each pallet should be wrapped in stretch film with a minimum of three turns, and the wrap needs to go over the pallet base as well. Cardboard edge protectors are required on all four vertical corners. Labels belong on two sides facing away from each other, since labels on the top surface are hidden once pallets are stacked.")),
 ("reworded",  # 3 / three; list reordered, passive -> active, clauses moved
  (H, "Dangerous goods, including lithium batteries, aerosols and paint, must be declared at the time of booking. A signed dangerous goods note has to be uploaded at least 3 working days before collection, and consignments that arrive without it are turned away at the depot."),
  (E, "If your shipment has anything hazardous in it – paint, aerosols, lithium batteries and so on – please tell us when you book. We'll need the signed dangerous goods note uploaded three working days or more ahead of collection; otherwise the depot will have to turn it away.")),
 ("reordered",
  (E, "Tracking updates are sent by email at collection, at departure and on delivery. The tracking link stays active for 30 days after delivery. Text message alerts can be switched on in your account settings."),
  (N, "Text message alerts can be switched on in your account settings. Tracking updates are sent by email at collection, at departure and on delivery. The tracking link stays active for 30 days after delivery.")),
 ("reordered",
  (N, "Note any visible damage on the delivery note before you sign it. Report concealed damage within 7 days of delivery. Keep all packaging until the claim is settled."),
  (H, "Keep all packaging until the claim is settled. Note any visible damage on the delivery note before you sign it. Report concealed damage within 7 days of delivery.")),
 ("reordered",  # two sentences joined with ", and"
  (H, "Both depots accept drop-offs from 6am to 6pm, Monday to Friday. Gannet Quay also opens on Saturdays from 7am to 12 noon. Drivers must book a drop-off slot through the portal at least 2 hours in advance."),
  (E, "Gannet Quay also opens on Saturdays from 7am to 12 noon, and drivers must book a drop-off slot through the portal at least 2 hours in advance. Both depots accept drop-offs from 6am to 6pm, Monday to Friday.")),
 ("boilerplate",
  (N, "Cargo insurance is optional and costs 0.5% of the declared value, with a minimum premium of £15. Without it, liability is limited to the standard conditions of carriage."),
  (E, wrap("Good afternoon, and thanks for your email.", "Cargo insurance is optional and costs 0.5% of the declared value, with a minimum premium of £15. Without it, liability is limited to the standard conditions of carriage.", "Kind regards, Tomasz at Hollowmere customer service"))),
 ("boilerplate",
  (E, "An EORI number is needed for every import and export declaration. Sole traders and companies can apply online free of charge, and the number usually arrives within 3 working days."),
  (H, wrap("Help Centre › Customs › EORI numbers —", "An EORI number is needed for every import and export declaration. Sole traders and companies can apply online free of charge, and the number usually arrives within 3 working days.", "Did this answer your question? Yes / No"))),
 ("boilerplate",
  (H, "Visiting drivers must wear a high-visibility vest and safety boots at all times in the yard. The speed limit on site is 5 mph, and children and pets must stay in the cab."),
  (N, wrap("ATTENTION ALL DRIVERS:", "Visiting drivers must wear a high-visibility vest and safety boots at all times in the yard. The speed limit on site is 5 mph, and children and pets must stay in the cab.", "By order of the site manager."))),
 ("boilerplate",
  (N, "Wooden crates and pallets for export must be heat-treated and stamped with the ISPM 15 mark. Untreated wood can be held at the border and destroyed at the shipper's cost."),
  (E, wrap("Hi there,", "Wooden crates and pallets for export must be heat-treated and stamped with the ISPM 15 mark. Untreated wood can be held at the border and destroyed at the shipper's cost.", "Best wishes, the bookings team at Hollowmere"))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (H, "Export documents: every consignment leaving the country needs a commercial invoice and a packing list. The invoice must show the commodity code, the value and the country of origin – customs can hold goods for up to 5 days if any of these is missing. Copies should be uploaded to the portal before collection."),
  (N, "EXPORT DOCUMENTS – Every consignment leaving the country needs a commercial invoice and a packing list!  The invoice must show the commodity code, the value and the country of origin; customs can hold goods for up to 5 days if any of these is missing.  copies should be uploaded to the portal before collection")),
 ("mixed",  # heavy: sentence order changed plus synonyms, twenty / 20, fifteen / 15
  (E, "Our drivers will wait at the collection address for up to twenty minutes without charging. After that, waiting time is billed at £12 for every fifteen minutes. If things still aren't ready and the driver has to leave, there's a £40 failed collection fee."),
  (N, "Failed collection: £40 if the goods are not ready and the driver has to leave. Waiting time at the collection address: first 20 minutes free, then £12 per 15 minutes.")),
 ("mixed",  # a sentence added on one side (a reason, no number, no new instruction) plus rewording
  (N, "Import duty and VAT are paid by the receiver unless the booking says otherwise. Goods are not released until they are paid."),
  (H, "Unless a different arrangement is recorded on the booking, the consignee is responsible for import duty and VAT. Consignments are held at the depot until these charges have been settled. This is because the customs authority collects duty from the party named as the importer.")),
 ("mixed",  # rewording plus boilerplate, 5 / five
  (N, "Storage at the depot is free for 5 working days after arrival. After that, each pallet is charged £6 per day."),
  (E, "Thanks for your message! Goods can sit at the depot for five working days from arrival without any charge, and after that it's £6 a day for each pallet. Let us know if there's anything else we can help with.")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # 45 vs 50 kg
  (H, "Air freight is charged on a minimum of 45 kg per consignment. Lighter parcels usually cost less by road or courier."),
  (E, "Air freight is charged on a minimum of 50 kg per consignment. Lighter parcels usually cost less by road or courier.")),
 ("number",  # 24 vs 48 hours
  (E, "Proof of delivery appears in the portal within 24 hours of delivery. Signed paper copies can be posted on request."),
  (N, "Proof of delivery appears in the portal within 48 hours of delivery. Signed paper copies can be posted on request.")),
 ("number",  # £45 vs £55
  (N, "Residential collections carry a surcharge of £45 per consignment. A tail-lift vehicle is sent at no extra cost."),
  (H, "Residential collections carry a surcharge of £55 per consignment. A tail-lift vehicle is sent at no extra cost.")),
 ("item",  # Gannet Quay vs Stilling Road
  (H, "The Gannet Quay depot has a weighbridge and a covered loading bay for two lorries at once. Weighbridge tickets cost £8 and are printed at the gatehouse."),
  (E, "The Stilling Road depot has a weighbridge and a covered loading bay for two lorries at once. Weighbridge tickets cost £8 and are printed at the gatehouse.")),
 ("item",  # PDF vs CSV
  (E, "Invoices can be downloaded from the portal as PDF files. Older invoices are archived after 2 years but can be requested from accounts."),
  (N, "Invoices can be downloaded from the portal as CSV files. Older invoices are archived after 2 years but can be requested from accounts.")),
 ("item",  # refrigerated vs oversized
  (N, "Refrigerated consignments are handled at Gannet Quay only. Book them at least 5 days before collection."),
  (H, "Oversized consignments are handled at Gannet Quay only. Book them at least 5 days before collection.")),
 ("word",  # negation: is / isn't
  (H, "Customs clearance is included in door-to-door quotes. Duties and taxes are always charged separately at cost."),
  (E, "Customs clearance isn't included in door-to-door quotes. Duties and taxes are always charged separately at cost.")),
 ("word",  # unit: days / hours
  (E, "Import containers are normally released 2 days after the vessel docks. Your delivery slot is confirmed as soon as release is granted."),
  (N, "Import containers are normally released 2 hours after the vessel docks. Your delivery slot is confirmed as soon as release is granted.")),
 ("word",  # flips the meaning: encouraged / discouraged
  (N, "Combining several small shipments onto a single pallet is encouraged. Each shipment on the pallet still needs its own packing list."),
  (H, "Combining several small shipments onto a single pallet is discouraged. Each shipment on the pallet still needs its own packing list.")),
 ("sentence",
  (H, "Invoices are issued on the day of collection. Payment can be made by bank transfer or card. Account customers pay by monthly statement."),
  (E, "Invoices are issued on the day of collection. Payment can be made by bank transfer or card. Account customers must pay each invoice before the goods are released.")),
 ("sentence",
  (E, "Goods selected for a customs examination are moved to the inspection shed. The examination fee is set by the customs authority. We pass this fee on at cost."),
  (N, "Goods selected for a customs examination are moved to the inspection shed. The examination fee is set by the customs authority. We add our own handling charge on top of this fee.")),
 ("sentence",
  (N, "The delivery address can be changed in the portal until the goods are collected. After collection, changes must be requested by phone. Changes made after collection are free of charge."),
  (H, "The delivery address can be changed in the portal until the goods are collected. After collection, changes must be requested by phone. Changes made after collection are charged as a new delivery.")),
]

exact = [  # (file, file, text) with identical text
 (E, E, "Hollowmere is an independent, family-run freight forwarder and not part of a larger group. We've been moving goods through Gannet Quay since 1987."),
 (H, N, "Lost waybills can be reprinted from the portal at any time. Each waybill carries a barcode that the depot scans on arrival."),
 (N, E, "The depot gates close at the stated time even if a lorry is still queuing outside. Drivers who miss their slot must rebook through the portal."),
]

singles = [
 (H, "Customers without a credit account pay for each booking by card when it is confirmed. A credit account can be requested after a business has shipped with the company for 3 months."),
 (H, "Commodity codes are ten-digit numbers that describe goods for customs purposes. The portal includes a lookup tool, but the shipper remains responsible for choosing the correct code."),
 (H, "Temperature-controlled trailers are available on request for goods that must be kept between 2 and 8 degrees. Data loggers can be added so that a temperature record is available after delivery."),
 (H, "Full container loads can be booked as 20-foot or 40-foot containers. The container is delivered empty to the customer's premises and collected again when loaded, with 2 hours allowed for loading."),
 (H, "Regular shippers can save addresses and default package details in the portal. Saved entries are shared with colleagues on the same account."),
 (H, "Goods that meet the origin rules of a trade agreement may qualify for reduced or zero duty in the destination country. A statement of origin must then appear on the commercial invoice."),
 (H, "Collections can be cancelled without charge until 4pm on the previous working day. Later cancellations are billed in the same way as a failed collection."),
 (H, "An account can have several users, each with a separate login. Administrators decide who may book shipments and who may only view invoices."),
 (H, "Samples with no commercial value still need a pro forma invoice for customs. The invoice should give a nominal value and state that the goods are not for resale."),
 (E, "Sorry to hear your delivery turned up late! I've passed this on to the depot team, and someone will ring you back today to explain what happened."),
 (E, "Thanks for sending the photos over. I can see the pallet has tipped in transit, so I've opened a claim for you and our claims handler will be in touch shortly."),
 (E, "Unfortunately we can't ship house contents or private cars. We only handle business freight, but I'm happy to suggest a removals firm if that would help."),
 (E, "No problem, I've moved your collection to Thursday morning. You'll get a fresh confirmation email with the new time window shortly."),
 (E, "Great news, customs have cleared your shipment and it's been handed over to our delivery team. It should be with you on the next working day."),
 (E, "I'm afraid we don't ship overseas for private individuals at the moment. If you're a business, you can open an account on the portal in a few minutes."),
 (N, "No smoking or vaping anywhere in the yard. Use the shelter by the gatehouse."),
 (N, "Report to the gatehouse on arrival. Hand over your paperwork and wait to be given a bay number."),
 (N, "Keep clear of forklifts. Pedestrians must use the marked walkways only."),
 (N, "Chock your wheels before loading starts. Stay out of the trailer while the forklift is working."),
 (N, "Label every carton with the waybill number. Handwritten labels must be in capitals."),
 (N, "Lost property is kept at the gatehouse for a month. Ask the gate staff."),
]

files = {H: [], E: [], N: []}
def place(f, text, role):
    files[f].append((text, role))

for i, (kind, (fa, ta), (fb, tb)) in enumerate(near, 1):
    assert fa != fb, i
    place(fa, ta, ("near", i, "a")); place(fb, tb, ("near", i, "b"))
for i, (kind, (fa, ta), (fb, tb)) in enumerate(look, 1):
    assert fa != fb, i
    place(fa, ta, ("look", i, "a")); place(fb, tb, ("look", i, "b"))
for i, (fa, fb, t) in enumerate(exact, 1):
    place(fa, t, ("exact", i, "a")); place(fb, t, ("exact", i, "b"))
for i, (f, t) in enumerate(singles, 1):
    place(f, t, ("single", i, ""))

assert all(len(v) == 27 for v in files.values()), {f: len(v) for f, v in files.items()}
for kind, (fa, ta), (fb, tb) in near:  # near-duplicates carry the same numbers (number words read as digits)
    assert numbers(ta) == numbers(tb), (ta, tb)

rng = random.Random(20260323)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (H, E, N):
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
print({f: len(v) for f, v in files.items()}, "near:", len(near), "lookalikes:", len(look),
      "exact:", len(exact), "singletons:", len(singles))
