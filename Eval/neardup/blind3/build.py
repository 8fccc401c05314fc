#!/usr/bin/env python3
"""Builds the blind3 near-duplicate corpus (Boxloft, a made-up UK self-storage company) and
pairs.json / singletons.json. Every answer is placed in a named file; each file is then shuffled
with a fixed seed, so the build is deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, C, H = "website-faq.txt", "chat-macros.txt", "store-handbook.txt"

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits."""
    assert not re.search(r"\d", prefix + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",
  (W, "Units range from 10 sq ft lockers to 200 sq ft rooms that hold the contents of a four-bedroom house. Our online size guide shows what fits in each unit."),
  (H, "You can rent anything from a 10 sq ft locker up to a 200 sq ft room big enough for a four-bedroom house. Use the size guide on our website to see what each unit holds.")),
 ("reworded",
  (W, "Access to your unit is by a personal PIN at the gate, available from 6am to 10pm every day. Your PIN is sent by text once your first payment clears."),
  (C, "You get into the site with your own gate PIN between 6am and 10pm, seven days a week. We text you the PIN as soon as your first payment has cleared.")),
 ("reworded",
  (C, "We ask for 14 days' notice before you move out. Rent is charged up to the end of the notice period, even if you empty the unit sooner."),
  (H, "Please give us 14 days' notice when you want to leave. You keep paying rent until that notice period ends, even if the unit is cleared earlier.")),
 ("reworded",
  (W, "Every unit must be protected by contents cover. Our own cover costs £1.50 a week for each £1,000 of value, or you can show us a home insurance policy that covers goods in storage."),
  (C, "Contents cover is compulsory for all units. You can buy ours at £1.50 per week per £1,000 of goods, or send us proof that your home insurance covers items kept in storage.")),
 ("reworded",
  (H, "Business customers can have deliveries received on their behalf at reception on weekdays between 9am and 5pm. We sign for parcels and pallets and move them into your unit within 2 hours."),
  (H, "If you have a business account, our reception team will accept deliveries for you from 9am to 5pm on weekdays. Parcels and pallets are signed for and taken to your unit within 2 hours.")),
 ("reordered",
  (W, "Padlocks are not included with your unit. You can buy a disc lock from reception for £12. Only you keep the keys to your unit, so we cannot open it for anyone else."),
  (C, "Only you keep the keys to your unit, so we cannot open it for anyone else. Padlocks are not included with your unit. You can buy a disc lock from reception for £12.")),
 ("reordered",
  (C, "Every Boxloft site is monitored by CCTV around the clock. Each unit door has its own alarm sensor. Staff walk every corridor 3 times a day."),
  (H, "Staff walk every corridor 3 times a day. Each unit door has its own alarm sensor. Every Boxloft site is monitored by CCTV around the clock.")),
 ("reordered",
  (H, "Our removal van can be borrowed free for up to 3 hours when you move in. You need a full driving licence held for at least 2 years. Book the van when you reserve your unit."),
  (W, "Book the van when you reserve your unit. Our removal van can be borrowed free for up to 3 hours when you move in. You need a full driving licence held for at least 2 years.")),
 ("reordered",
  (W, "Students get 20% off any unit booked for the summer. You must show a valid student card when you move in. The discount applies for up to 4 months."),
  (H, "The discount applies for up to 4 months, and you must show a valid student card when you move in. Students get 20% off any unit booked for the summer.")),
 ("reordered",
  (C, "Unit prices depend on the size of the unit and the site. Prices are reviewed once a year, in April. We give you 28 days' written notice of any rise."),
  (C, "We give you 28 days' written notice of any rise. Prices are reviewed once a year, in April. Unit prices depend on the size of the unit and the site.")),
 ("boilerplate",
  (W, "You can pay by direct debit, debit card or credit card. Payments are taken on the 1st of each month, and direct debit customers get their first week free."),
  (C, wrap("Hi there, thanks for getting in touch!", "You can pay by direct debit, debit card or credit card. Payments are taken on the 1st of each month, and direct debit customers get their first week free.", "Was this helpful? Yes / No"))),
 ("boilerplate",
  (H, "Bring photo ID and a proof of address dated within the last 3 months when you move in. A driving licence and a utility bill are the easiest combination."),
  (W, wrap("Help Centre › Moving in › What to bring —", "Bring photo ID and a proof of address dated within the last 3 months when you move in. A driving licence and a utility bill are the easiest combination.", "Still stuck? Our team is happy to help."))),
 ("boilerplate",
  (C, "Units on upper floors are reached by goods lifts that carry up to 1,000 kg. Each lift is big enough for a sofa standing on its end."),
  (H, wrap("Hello and welcome to Boxloft support.", "Units on upper floors are reached by goods lifts that carry up to 1,000 kg. Each lift is big enough for a sofa standing on its end.", "Kind regards, the Boxloft team"))),
 ("boilerplate",
  (W, "Our smallest lockers measure 1 m by 1 m and cost £9.95 a week. They suit suitcases, sports kit and seasonal decorations."),
  (H, wrap("Home / FAQs / Sizes and prices:", "Our smallest lockers measure 1 m by 1 m and cost £9.95 a week. They suit suitcases, sports kit and seasonal decorations.", "Was this answer useful? Thumbs up / Thumbs down"))),
 ("boilerplate",
  (C, "Boxloft sites have free customer parking right next to the loading doors. Vans of up to 3.5 tonnes can use the covered loading bay."),
  (C, wrap("Good question!", "Boxloft sites have free customer parking right next to the loading doors. Vans of up to 3.5 tonnes can use the covered loading bay.", "Did we answer your question? Let us know below."))),
 ("mixed",  # casing, whitespace and punctuation
  (W, "Food, plants, animals, fuel, gas bottles and fireworks cannot be stored in any unit. Firearms and ammunition are also banned; breaking these rules ends your agreement with 7 days' notice."),
  (H, "food, plants, animals, fuel, gas bottles  and fireworks cannot be stored in any unit.  Firearms and ammunition are also banned - breaking these rules ends your agreement with 7 days' notice.")),
 ("mixed",  # sentence split (2 vs 4) plus rewording
  (C, "If you move in before the 15th, your first invoice covers the rest of that month plus the whole of the next month. After that you are billed on the 1st of every month for the month ahead."),
  (W, "Moving in before the 15th? Then your first invoice covers the rest of that month. It also covers all of the following month. From then on, we bill you on the 1st of each month for the month ahead.")),
 ("mixed",  # rewording plus boilerplate
  (H, "We can store your car, motorbike or boat in our secure outdoor compound for £22 a week. Vehicles must be taxed or declared off the road, and the battery must be disconnected."),
  (C, wrap("Thanks for your message!", "Cars, motorbikes and boats can be kept in our secure outdoor compound at £22 per week. Every vehicle has to be taxed or declared off the road, with its battery disconnected.", "Hope that helps, have a lovely day."))),
 ("mixed",  # reordering plus rewording
  (W, "Our business centre at Kingsmead has hot desks for £15 a day. The meeting room holds 8 people and costs £20 an hour. Wi-Fi and coffee are included in both."),
  (C, "Wi-Fi and coffee come free with both options. You can book the 8-person meeting room at Kingsmead for £20 per hour. Hot desks in the business centre there cost £15 a day.")),
 ("mixed",  # casing, punctuation and a missing final full stop
  (H, "Gift vouchers for storage can be bought online in amounts from £25 to £500. They never expire, and they can be used at any Boxloft site."),
  (W, "Gift vouchers for storage can be bought online, in amounts from £25 to £500! They never expire and they can be used at ANY Boxloft site")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",
  (W, "Our climate-controlled units are kept between 12 and 20 degrees all year. They are ideal for furniture, artwork and paper records."),
  (C, "Our climate-controlled units are kept between 10 and 20 degrees all year. They are ideal for furniture, artwork and paper records.")),
 ("number",
  (C, "The reservation deposit is £25 and is taken off your first invoice. If you cancel more than 48 hours before your move-in date, it is refunded in full."),
  (H, "The reservation deposit is £50 and is taken off your first invoice. If you cancel more than 48 hours before your move-in date, it is refunded in full.")),
 ("number",
  (H, "A late payment fee is added once your rent is 10 days overdue. After 30 days we may over-lock your unit until the balance is paid."),
  (W, "A late payment fee is added once your rent is 7 days overdue. After 30 days we may over-lock your unit until the balance is paid.")),
 ("number",
  (W, "Trolleys and pallet trucks are free to use for up to 45 minutes at a time. Please return them to the loading bay when you have finished."),
  (W, "Trolleys and pallet trucks are free to use for up to 30 minutes at a time. Please return them to the loading bay when you have finished.")),
 ("item",
  (C, "Our Harbour Road site has drive-up units with roller doors you can park right outside. Ask reception for a map when you arrive."),
  (W, "Our Mill Lane site has drive-up units with roller doors you can park right outside. Ask reception for a map when you arrive.")),
 ("item",
  (H, "Reception sells double-walled boxes, bubble wrap, tape and mattress covers. Everything is also available in our online shop."),
  (C, "Reception sells double-walled boxes, bubble wrap, tape and sofa covers. Everything is also available in our online shop.")),
 ("item",
  (W, "At reception you can pay by card or with Apple Pay. We no longer accept cash or cheques at any site."),
  (H, "At reception you can pay by card or with Google Pay. We no longer accept cash or cheques at any site.")),
 ("negation",
  (C, "Damage caused by damp or condensation is covered by Boxloft contents cover. Report any damage to reception as soon as you notice it."),
  (H, "Damage caused by damp or condensation is not covered by Boxloft contents cover. Report any damage to reception as soon as you notice it.")),
 ("negation",
  (H, "You can share your gate PIN with a family member who helps you move. Everyone who uses the PIN must follow the site rules."),
  (C, "You cannot share your gate PIN with a family member who helps you move. Everyone who uses the PIN must follow the site rules.")),
 ("negation",
  (W, "VAT is included in the prices shown for business units. Your monthly invoice shows the VAT amount separately."),
  (C, "VAT is not included in the prices shown for business units. Your monthly invoice shows the VAT amount separately.")),
 ("plan",
  (H, "On the Premium plan you get extended gate access from 5am to midnight and a free disc lock. You can upgrade at any time from your online account."),
  (W, "On the Business plan you get extended gate access from 5am to midnight and a free disc lock. You can upgrade at any time from your online account.")),
 ("plan",
  (C, "Standard plan customers can move to a smaller unit once a year at no charge. The move must be booked with reception at least a week ahead."),
  (H, "Premium plan customers can move to a smaller unit once a year at no charge. The move must be booked with reception at least a week ahead.")),
]

exact = [  # ((file, text), (file, text)) with identical text
 (W, W, "Drive-up units open straight onto the car park through their own roller door. They are all on the ground floor and cost about 15% more than an indoor unit of the same size."),
 (C, H, "We can collect your things from home with our partner, Carryfield Removals. Quotes are free and usually take one working day."),
 (H, W, "If you forget your gate PIN, reception can issue a new one after checking your photo ID. A new PIN works straight away and the old one stops working."),
]

singles = [
 (W, "Caravans and motorhomes up to 8 metres long can be kept on our outdoor pitches from £18 a week. Pitches have a height barrier, so call ahead if your vehicle is over 3.2 metres tall."),
 (W, "Our cellar lockers at the Northgate site are kept cool and dark for wine. They hold between 12 and 240 bottles, and we log the temperature every hour."),
 (W, "Businesses can hand us archive boxes to index and store. Any box can be retrieved within 4 working hours for a fee of £6 per box."),
 (W, "Reception is staffed from 8.30am to 6pm on weekdays and from 9am to 4pm on Saturdays. It is closed on Sundays, but the gate is still open."),
 (W, "Every building has lifts and wide corridors, and each site has an accessible toilet. Let us know if you need a unit close to the lift and we will hold one for you."),
 (W, "Refer a friend and you will both get £30 off your next invoice. The credit is applied once your friend has paid their second month."),
 (W, "Your online account shows every invoice and lets you change your payment card. You can also give notice to leave there, without calling us."),
 (W, "Standard units have lighting but no power sockets. Business units can have a metered socket fitted for a one-off charge of £40."),
 (W, "Pack heavy items such as books in small boxes so they are easy to lift. Label each box on two sides, and keep a walkway down the middle of your unit."),
 (H, "Registered charities get 15% off any unit. Send us your charity number with your booking and we will apply the discount from day one."),
 (C, "The shortest agreement we offer is 1 week. After that you can stay as long as you like, paying monthly in advance."),
 (C, "You can add an authorised user to your account so someone else can visit your unit. They will need to show photo ID the first time they come."),
 (C, "If a customer passes away, the executor can contact us with a copy of the death certificate. We freeze the rent while the estate is being sorted out, for up to 3 months."),
 (C, "We have five sites across the city: Harbour Road, Mill Lane, Kingsmead, Northgate and Airport Park. Each one has the same prices for the same unit size."),
 (C, "Solar panels on the roofs of 3 of our sites provide most of their electricity. All our site vans are electric."),
 (C, "Move-ins can be booked for Saturdays as well as weekdays. Sunday move-ins are possible if you collect your PIN on the Saturday."),
 (C, "All buildings have sprinklers and smoke detectors linked to a monitoring centre. Never leave boxes in the corridors, as they block the fire exits."),
 (C, "Staff will only enter your unit in an emergency or after giving 7 days' written notice for maintenance work. We never look through your belongings."),
 (C, "Our student collection service picks boxes up from halls of residence at the end of term for £15 per box. We deliver them back to your new address in September."),
 (C, "If you lose the key to your own padlock, we can cut the lock off for £35. We will ask for photo ID first, and you must be there when we do it."),
 (H, "Anything left behind after your move-out date is kept for 14 days. After that it is disposed of and the cost is charged to you."),
 (H, "We cannot accept parcels for personal customers, as there is nobody to sign for them at the weekend. Please have deliveries sent to your home instead."),
 (H, "Each building has industrial dehumidifiers that run day and night. Even so, leave a small gap between your things and the unit walls so air can circulate."),
 (H, "Our moving checklist is free to download from the website. It covers what to book, what to pack first and what to take to your unit on the day."),
 (H, "Bike storage lockers hold up to 2 bikes and cost £7 a week. They are at the front of every site, so you can be in and out in minutes."),
 (H, "You can transfer your agreement to another Boxloft site at any time. You will pay the price of the new unit from the day you move."),
 (H, "When you reserve a unit online we hold it for up to 7 days. If you have not moved in by then, we will call to check your plans."),
 (H, "Tools, garden equipment and lawnmowers can be stored, but fuel tanks must be completely empty. Our staff may ask to check this when you move in."),
 (H, "Customers who store with us for 12 months in a row get a free month. We add it to your account automatically on your anniversary."),
]

files = {W: [], C: [], H: []}
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

rng = random.Random(20240611)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, C, H):
    items = files[f]
    rng.shuffle(items)
    with open(os.path.join(HERE, "corpus", f), "w", encoding="utf-8", newline="\n") as fh:
        for n, (text, role) in enumerate(items, 1):
            assert "\n" not in text and text == text.strip()
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
