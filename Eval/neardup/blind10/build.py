#!/usr/bin/env python3
"""Builds the blind10 near-duplicate corpus (Harbourstow Self Storage, a made-up family-run self-storage
company with stores at Pennick, Dunhallow and Crayle Quay) and pairs.json / singletons.json. Every answer
is placed in a named file; each file is then shuffled with a fixed seed, so the build is deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, C, H = "website-faq.txt", "chat-replies.txt", "tenant-handbook.txt"

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits."""
    assert not re.search(r"\d", prefix + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",  # deposit
  (W, "When you move in we take a deposit equal to 4 weeks of storage fees. It is refunded to your card within 14 days of moving out, once we have checked that the unit is empty and clean."),
  (C, "We ask for a deposit worth 4 weeks' storage on the day you move in. After you move out and we have checked the unit is clean and empty, the deposit goes back to your card within 14 days.")),
 ("reworded",  # access hours
  (C, "Customers can get into the Dunhallow and Crayle Quay stores from 6am to 10pm every day. The Pennick store is open 24 hours, but after 10pm you need your PIN code as well as your access card."),
  (H, "The Dunhallow and Crayle Quay stores are open to customers every day from 6am until 10pm. At Pennick you can get in 24 hours a day, although after 10pm you must use your PIN code together with your access card.")),
 ("reworded",  # goods cover
  (H, "Every unit includes goods cover up to £1,000 at no extra cost. Higher cover can be added in steps of £1,000 for £1.50 a week per step, up to a limit of £50,000."),
  (W, "Your goods are covered up to £1,000 as part of the storage price. You can raise the cover in £1,000 steps, each costing £1.50 a week, to a limit of £50,000.")),
 ("reworded",  # notice to leave
  (W, "To end your rental, give us at least 7 days' notice by email or in the app. Fees are charged up to the day you hand back the unit, not to the end of the billing period."),
  (H, "Please tell us at least 7 days before you leave, either in the app or by email. We only charge you up to the day you hand the unit back, rather than to the end of your billing period.")),
 ("reordered",  # banned items
  (W, "Food, plants and anything alive cannot be stored in any unit. Flammable liquids, gas bottles and fireworks are also banned. If you are unsure about an item, ask the store team before you bring it in."),
  (C, "If you are unsure about an item, ask the store team before you bring it in. Food, plants and anything alive cannot be stored in any unit. Flammable liquids, gas bottles and fireworks are also banned.")),
 ("reordered",  # billing cycle
  (C, "Storage is billed every 4 weeks rather than monthly, so there are 13 payments a year. Payments are taken by card on the same weekday as your move-in date. A reminder email is sent 3 days before each payment."),
  (H, "A reminder email is sent 3 days before each payment. Storage is billed every 4 weeks rather than monthly, so there are 13 payments a year. Payments are taken by card on the same weekday as your move-in date.")),
 ("reordered",  # extra key holders
  (H, "You can add up to 2 extra people to your account so they can visit the unit without you. Each of them needs their own access card and must show photo ID on their first visit. You can remove them at any time from the app."),
  (W, "Each of them needs their own access card and must show photo ID on their first visit. You can add up to 2 extra people to your account so they can visit the unit without you. You can remove them at any time from the app.")),
 ("reordered",  # trolleys and loading bays, joined with ", and"
  (W, "Free trolleys and pallet trucks are kept by the lifts at every store. Loading bays can be used for up to 30 minutes at a time. Please return the trolleys to the lifts when you have finished."),
  (C, "Loading bays can be used for up to 30 minutes at a time, and free trolleys and pallet trucks are kept by the lifts at every store. Please return the trolleys to the lifts when you have finished.")),
 ("boilerplate",  # late payment
  (H, "Late payments are charged a £15 fee after 7 days. If a payment is 28 days late we put an overlock on the unit, and access is only restored once the balance is cleared."),
  (C, wrap("Hi there, thanks for messaging Harbourstow.", "Late payments are charged a £15 fee after 7 days. If a payment is 28 days late we put an overlock on the unit, and access is only restored once the balance is cleared.", "Anything else I can help with? Just reply here."))),
 ("boilerplate",  # cleaning on move-out
  (C, "Units must be left empty and swept when you move out. If we have to clear rubbish or clean the unit, a £25 cleaning charge is taken from your deposit."),
  (W, wrap("Help › Moving out › Cleaning and checks —", "Units must be left empty and swept when you move out. If we have to clear rubbish or clean the unit, a £25 cleaning charge is taken from your deposit.", "Did this answer your question? Yes / No"))),
 ("boilerplate",  # climate-controlled units
  (W, "Climate-controlled units are kept between 12 and 22 degrees all year round. They are a good choice for furniture, documents, artwork and musical instruments."),
  (H, wrap("Handy tip:", "Climate-controlled units are kept between 12 and 22 degrees all year round. They are a good choice for furniture, documents, artwork and musical instruments.", "Happy storing from all of us at Harbourstow."))),
 ("boilerplate",  # parcels for business customers
  (H, "Business customers can have parcels delivered to the store between 9am and 5pm on weekdays. We sign for them and keep them at reception for up to 5 days."),
  (C, wrap("Good morning!", "Business customers can have parcels delivered to the store between 9am and 5pm on weekdays. We sign for them and keep them at reception for up to 5 days.", "Best wishes, the Harbourstow customer hub."))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "PIN codes: your 6-digit PIN is sent by text once your first payment has cleared. If you forget it, the store team can reset it after checking your photo ID."),
  (H, "pin codes -  your 6-digit pin is sent by text once your first payment has cleared.  if you forget it, the store team can reset it after checking your photo id")),
 ("mixed",  # sentence split (2 vs 3) plus rewording
  (C, "Students get 20% off storage between 1 June and 30 September, and boxes bought in the same order are half price. You need a valid student card to claim the offer."),
  (H, "Between 1 June and 30 September, students receive 20% off the storage price. Any boxes bought in the same order are sold at half price. Bring a valid student card to claim the offer.")),
 ("mixed",  # rewording plus boilerplate
  (H, "You can move to a bigger or smaller unit at the same store at any time, free of charge. Your new rate starts from the day of the move and your deposit carries over."),
  (C, "A quick word from the store team: switching to a smaller or bigger unit at the same store is free of charge and can be done at any time you like. The new rate starts from the day you move, and your deposit carries across. Happy packing!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",  # 50 vs 75 sq ft
  (W, "A 50 sq ft unit is about the size of a large garden shed and holds the contents of a one-bedroom flat. The size guide in the app shows photos of each unit filled with furniture."),
  (C, "A 75 sq ft unit is about the size of a large garden shed and holds the contents of a one-bedroom flat. The size guide in the app shows photos of each unit filled with furniture.")),
 ("number",  # £12 vs £14 disc lock
  (C, "The disc padlock sold at reception costs £12 and is the only type of lock our insurer accepts. Cylinder locks and combination locks are not allowed on unit doors."),
  (H, "The disc padlock sold at reception costs £14 and is the only type of lock our insurer accepts. Cylinder locks and combination locks are not allowed on unit doors.")),
 ("number",  # 10% vs 15% removals discount
  (H, "Our removals partner Fletcher Brothers gives Harbourstow customers 10% off any house move. Quote your unit number when you book so they can deliver straight to the store."),
  (W, "Our removals partner Fletcher Brothers gives Harbourstow customers 15% off any house move. Quote your unit number when you book so they can deliver straight to the store.")),
 ("item",  # Pennick vs Dunhallow store
  (W, "Vans can be hired from the Pennick store for your moving day. The first 3 hours are free for new customers, as long as you bring a full driving licence."),
  (C, "Vans can be hired from the Dunhallow store for your moving day. The first 3 hours are free for new customers, as long as you bring a full driving licence.")),
 ("item",  # Billing vs Documents page
  (C, "Business customers can download a VAT invoice for every payment from the Billing page of the app. Invoices show your company name and the unit number."),
  (H, "Business customers can download a VAT invoice for every payment from the Documents page of the app. Invoices show your company name and the unit number.")),
 ("item",  # Bubble wrap vs Packing paper
  (H, "Bubble wrap is sold by the metre at reception. Any that you do not use can be brought back for a full refund within 30 days."),
  (W, "Packing paper is sold by the metre at reception. Any that you do not use can be brought back for a full refund within 30 days.")),
 ("word",  # can / cannot
  (W, "Cars and motorbikes can be stored in the covered bays at Pennick if they are taxed and insured. Keys must be left with reception and the fuel tank should be less than a quarter full."),
  (C, "Cars and motorbikes cannot be stored in the covered bays at Pennick if they are taxed and insured. Keys must be left with reception and the fuel tank should be less than a quarter full.")),
 ("word",  # weekdays / weekends
  (C, "On weekdays reception is staffed from 8am to 6pm and the team can help you move in. Outside those times you can still reach us through live chat."),
  (H, "On weekends reception is staffed from 8am to 6pm and the team can help you move in. Outside those times you can still reach us through live chat.")),
 ("word",  # after / before
  (H, "Your access card is switched on after the first payment clears. Collect it from reception and keep it apart from your PIN."),
  (W, "Your access card is switched on before the first payment clears. Collect it from reception and keep it apart from your PIN.")),
 ("sentence",
  (W, "Every store has CCTV and an intruder alarm linked to a monitoring centre. Each unit door also has its own alarm sensor. Footage is kept for 30 days and is shared only with the police."),
  (C, "Every store has CCTV and an intruder alarm linked to a monitoring centre. Each unit door also has its own alarm sensor. Footage is kept for 30 days and customers can ask to view it.")),
 ("sentence",
  (C, "You can pay by debit or credit card in the app. Payments can also be made at reception during staffed hours. Cash is not accepted at any of our stores."),
  (H, "You can pay by debit or credit card in the app. Payments can also be made at reception during staffed hours. Cash is accepted at the Pennick reception desk only.")),
 ("sentence",
  (H, "The Pennick store has 4 covered loading bays. Vans and trucks up to 3.5 tonnes can use them. Lorries must park on the street outside."),
  (W, "The Pennick store has 4 covered loading bays. Vans and trucks up to 3.5 tonnes can use them. Lorries can use the rear gate if you book a slot.")),
]

exact = [  # (file, file, text) with identical text
 (C, C, "Harbourstow is a family-run business founded in 1998 and now runs 3 stores around Pennick. We are members of the national self storage trade association."),
 (W, H, "Hazardous waste such as asbestos, paint thinners and car batteries must never be left in a unit or in our bins. Our general waste bins are only for packaging from your move."),
 (H, C, "Nobody may live, sleep or run a shop from inside a unit. Doing so breaks the storage agreement and can lead to the rental being ended straight away."),
]

singles = [
 (W, "The size guide compares each unit with everyday spaces, from a phone box to a single garage. If the unit you picked turns out too small, you can swap it on move-in day."),
 (W, "Prices are reviewed once a year in April. We write to you at least 30 days before any increase, and you can leave without notice if you do not want to pay the new rate."),
 (W, "Refer a friend and you both get 2 weeks of free storage once they have paid their first bill. There is no limit on how many friends you can refer."),
 (W, "Wine can be kept in the temperature-controlled lockers at Dunhallow, which hold up to 24 cases each. Bottles must stay in their original cases or in proper wine boxes."),
 (W, "All our stores have step-free access from the car park, and the lifts have audio announcements. Ask reception if you would like a ground-floor unit close to the entrance."),
 (W, "Paper records can be archived in barcoded boxes so you can find them quickly. We can also arrange secure shredding of old files for a fee per sack."),
 (W, "Cars left in the car park for more than 1 hour may be asked to move so people who are loading can park. Overnight parking is not allowed."),
 (W, "The app lets you open the gate with your phone instead of your card. It also shows your bills and the time of every visit to your unit."),
 (W, "Our stores are powered by solar panels on the roof, and all lights work on motion sensors. We recycle the cardboard and plastic wrap left in our bins."),
 (C, "If your card payment fails, we try again after 2 days and send you a text. You can update your card details in the app whenever you like."),
 (C, "I am sorry, but we cannot let you into someone else's unit, even if they are a relative. The tenant has to add you to their account first."),
 (C, "Musical instruments are fine to store, but pianos have to go in a ground-floor unit. Our team can recommend a piano mover if you need one."),
 (C, "Firearms and ammunition are banned at every Harbourstow store, even if you hold a licence. The same goes for knives sold as weapons."),
 (C, "We can hold a unit for you for up to 14 days without charge. After that the reservation is released unless you have paid the first bill."),
 (C, "Yes, you can visit your unit as often as you like during opening hours. There is no charge for access and no need to book."),
 (H, "Keep a list of what you store and where it sits in the unit. A list makes an insurance claim much simpler and helps you find things quickly."),
 (H, "Stack heavy boxes at the bottom and leave a narrow walkway to the back of the unit. Do not lean items against the unit walls, which are thin metal sheets."),
 (H, "Mattresses and sofas should be covered to keep dust off. Plastic covers are sold at reception, but do not seal fabric completely because it needs to breathe."),
 (H, "Fridges and freezers must be defrosted, dried and stored with the door slightly open. This stops mould and bad smells from building up."),
 (H, "If the fire alarm sounds, leave by the nearest exit and meet at the assembly point in the car park. Do not stop to lock your unit."),
 (H, "If rent on a unit is unpaid for 90 days, the goods may be sold at auction to clear the debt. We write to you and to your named contact at least 3 times before any sale."),
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

assert all(len(v) == 27 for v in files.values()), {f: len(v) for f, v in files.items()}
for kind, (fa, ta), (fb, tb) in near:  # near-duplicates carry the same numbers and sit in two files
    assert sorted(re.findall(r"\d+", ta)) == sorted(re.findall(r"\d+", tb)), (ta, tb)
    assert fa != fb, ta

rng = random.Random(20250722)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, C, H):
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
