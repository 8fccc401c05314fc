#!/usr/bin/env python3
"""Builds the blind7 near-duplicate corpus (Fernhill Community Library, a made-up town library with
two branches and a mobile library: loans, fines, e-books, room booking, printing, membership cards)
and pairs.json / singletons.json. Every answer is placed in a named file; each file is then
shuffled with a fixed seed, so the build is deterministic."""
import json, os, random, re
HERE = os.path.dirname(os.path.abspath(__file__))
W, D, M = "website-help.txt", "desk-replies.txt", "members-guide.txt"

def wrap(prefix, core, suffix):
    """Boilerplate wrapper: the added text must not contain digits."""
    assert not re.search(r"\d", prefix + suffix), (prefix, suffix)
    return " ".join(x for x in (prefix, core, suffix) if x)

near = [  # (kind, (file, text), (file, text))
 ("reworded",
  (W, "An adult card lets you borrow up to 15 items at a time, and up to 8 of them can be DVDs or video games. Books are lent for 21 days and DVDs for 7 days."),
  (D, "With an adult card you can have 15 items out at once, including no more than 8 DVDs or video games. The loan period is 21 days for books and 7 days for DVDs.")),
 ("reworded",
  (D, "You can renew each item up to 3 times online, by phone or at the desk, as long as nobody else has reserved it. Every renewal starts a new 21-day loan from the day you renew."),
  (M, "Items can be renewed 3 times at most, whether online, over the phone or at the counter, provided no other member is waiting for them. A renewal gives you a fresh 21-day loan counted from the renewal date.")),
 ("reworded",
  (W, "If you lose your library card, report it straight away so that nobody else can borrow on it. A replacement costs £2, and lost junior cards are replaced free of charge."),
  (M, "Tell us as soon as your card goes missing and we will block it to stop anyone else using it. New cards cost £2, although replacements for junior cards are free.")),
 ("reworded",
  (M, "Overdue adult items are charged at 20p per day, up to a maximum of £6 per item. We stop lending on any card that owes more than £10 until the balance is paid."),
  (M, "Each adult item that comes back late costs 20p a day, with the charge capped at £6 for any one item. Once a card owes over £10, borrowing is paused until the debt is cleared.")),
 ("reordered",
  (W, "The book drop outside Fernhill Central is open whenever the library is closed. Items left there are checked in on the next working morning. Overdue charges stop on the day you drop the items off."),
  (D, "Overdue charges stop on the day you drop the items off. The book drop outside Fernhill Central is open whenever the library is closed. Items left there are checked in on the next working morning.")),
 ("reordered",
  (D, "Public computers can be booked for up to 2 hours a day. Sessions start on the hour and are held for 10 minutes if you are running late. You need your card number and PIN to log in."),
  (M, "You need your card number and PIN to log in. Public computers can be booked for up to 2 hours a day. Sessions start on the hour and are held for 10 minutes if you are running late.")),
 ("reordered",
  (M, "Scanning to email or to a USB stick is free on the copier in the reference area. Black and white photocopies cost 10p per page. Colour copies cost 50p per page."),
  (W, "Colour copies cost 50p per page. Scanning to email or to a USB stick is free on the copier in the reference area. Black and white photocopies cost 10p per page.")),
 ("reordered",
  (W, "Baby rhyme time runs every Tuesday at 10.30am in the children's library. There is no need to book. Each session lasts about 30 minutes."),
  (D, "There is no need to book, and each session lasts about 30 minutes. Baby rhyme time runs every Tuesday at 10.30am in the children's library.")),
 ("boilerplate",
  (M, "Reservations cost 50p per item and are free on junior cards. We text or email you when the item is ready, and it is kept on the collection shelf for 7 days."),
  (D, wrap("Hello, and thanks for getting in touch with Fernhill Libraries!", "Reservations cost 50p per item and are free on junior cards. We text or email you when the item is ready, and it is kept on the collection shelf for 7 days.", "Is there anything else we can help with today?"))),
 ("boilerplate",
  (D, "You can join online and start borrowing e-books at once. To borrow physical items, bring photo ID and proof of your address to any branch and we will print your card while you wait."),
  (W, wrap("Help › Membership › Joining the library —", "You can join online and start borrowing e-books at once. To borrow physical items, bring photo ID and proof of your address to any branch and we will print your card while you wait.", "Was this page helpful? Yes / No"))),
 ("boilerplate",
  (W, "Library Wi-Fi is free for everyone and does not need a card. Connect to FernhillFree and accept the terms on the welcome page. Sessions end after 4 hours, but you can reconnect as often as you like."),
  (M, wrap("Good to know:", "Library Wi-Fi is free for everyone and does not need a card. Connect to FernhillFree and accept the terms on the welcome page. Sessions end after 4 hours, but you can reconnect as often as you like.", "We hope you enjoy your library."))),
 ("boilerplate",
  (M, "The Mobile Library visits 14 villages on a fortnightly timetable. It carries around 3,000 books, and the driver can bring reserved items on the next visit."),
  (D, wrap("Good afternoon!", "The Mobile Library visits 14 villages on a fortnightly timetable. It carries around 3,000 books, and the driver can bring reserved items on the next visit.", "Kind regards, the Fernhill Libraries team"))),
 ("mixed",  # casing, whitespace and punctuation, missing final full stop
  (W, "Lost property: items left in the library are kept at the Central help desk for 28 days. Keys and bank cards are handed to the police after 2 days."),
  (M, "lost property -  items left in the library are kept at the central help desk for 28 days.  keys and bank cards are handed to the police after 2 days")),
 ("mixed",  # sentence split (2 vs 3) plus rewording
  (D, "The Orchard Room seats 20 people and can be hired from 9am to 8pm on any weekday. It costs £15 an hour, and registered charities pay half price."),
  (M, "You can hire the Orchard Room between 9am and 8pm, Monday to Friday. It holds up to 20 people. The hourly rate is £15, halved for registered charities.")),
 ("mixed",  # rewording plus boilerplate
  (M, "E-books and e-audiobooks return themselves automatically at the end of the loan, so they never run up a fine. You can have up to 10 digital titles at once in the Leafline app."),
  (D, "Quick answer from the front desk: digital loans in Leafline hand themselves back when they expire, which means you can never be fined for them. The limit is 10 e-books or audiobooks at any one time. Happy reading!")),
]

look = [  # (differs_in, (file, text), (file, text))
 ("number",
  (W, "E-books from Leafline are lent for 21 days. You can return a title early in the app to free up a space on your account."),
  (D, "E-books from Leafline are lent for 14 days. You can return a title early in the app to free up a space on your account.")),
 ("number",
  (D, "Fernhill Central stays open until 7pm on Thursdays. The study floor closes 15 minutes before the rest of the building."),
  (M, "Fernhill Central stays open until 8pm on Thursdays. The study floor closes 15 minutes before the rest of the building.")),
 ("number",
  (M, "A3 colour prints cost £1 per sheet and are printed at the staff desk. Please allow 24 hours for large print jobs."),
  (W, "A3 colour prints cost £2 per sheet and are printed at the staff desk. Please allow 24 hours for large print jobs.")),
 ("item",  # card type
  (W, "A junior card is free and lets you borrow up to 10 items at once. You can renew and reserve online with the card number and a PIN."),
  (D, "A concession card is free and lets you borrow up to 10 items at once. You can renew and reserve online with the card number and a PIN.")),
 ("item",  # branch (two-token span)
  (W, "Self-service kiosks at the Quarry Road branch take card payments for charges and printing credit. They do not accept cash or cheques."),
  (W, "Self-service kiosks at the Fernhill Central branch take card payments for charges and printing credit. They do not accept cash or cheques.")),
 ("item",  # room
  (D, "The Tideway Room has a wall screen and a hearing loop. Tea and coffee can be ordered from the café for meetings of 6 or more."),
  (M, "The Orchard Room has a wall screen and a hearing loop. Tea and coffee can be ordered from the café for meetings of 6 or more.")),
 ("word",  # can / cannot
  (M, "Visitor cards can be used to borrow e-books from Leafline. Physical loans need a full membership with proof of address."),
  (W, "Visitor cards cannot be used to borrow e-books from Leafline. Physical loans need a full membership with proof of address.")),
 ("word",  # daily / weekly
  (W, "Overdue reminders are sent by email daily until the items come back. You can switch to text reminders in your account settings."),
  (D, "Overdue reminders are sent by email weekly until the items come back. You can switch to text reminders in your account settings.")),
 ("word",  # upstairs / downstairs
  (D, "The silent study area is upstairs, next to the local history collection. Phone calls and group work are not allowed there."),
  (M, "The silent study area is downstairs, next to the local history collection. Phone calls and group work are not allowed there.")),
 ("sentence",
  (M, "Members can suggest books for us to buy using the form on our website. We read every suggestion at our stock meeting. If we buy the title, it is reserved for you free of charge."),
  (W, "Members can suggest books for us to buy using the form on our website. We read every suggestion at our stock meeting. If we decide not to buy it, we will try to borrow a copy from another library.")),
 ("sentence",
  (W, "Printing from your own laptop or phone works through the Fernhill print portal. Upload your file and release it at any library printer within 24 hours. Jobs are paid for from your library account balance."),
  (D, "Printing from your own laptop or phone works through the Fernhill print portal. Upload your file and release it at any library printer within 24 hours. Jobs are paid for by contactless card at the printer.")),
 ("sentence",
  (D, "Children under 8 must be supervised by an adult at all times. Teenagers are welcome to study on their own after school. Under-12s can use the public computers only with a parent logged in beside them."),
  (M, "Children under 8 must be supervised by an adult at all times. Teenagers are welcome to study on their own after school. Under-12s can use the public computers by themselves with a junior card.")),
]

exact = [  # (file, file, text) with identical text
 (D, D, "All our buildings are step-free, with a lift to every floor and an accessible toilet at each branch. Large-print books and a video magnifier are available at Fernhill Central."),
 (W, M, "Lost or damaged items are charged at the replacement cost shown on your account, plus a £3 processing fee. If you find the item within 6 months, we refund the replacement cost."),
 (M, D, "Donated books in good condition are welcome at the Central help desk. We sell what we cannot use at our book sales, and the money goes towards new stock."),
]

singles = [
 (W, "You can search the catalogue and manage your loans in the Fernhill Libraries app. Sign in with your card number and the 4-digit PIN you chose when you joined."),
 (W, "Your reading history is switched off by default. Turn it on under My account if you want a list of everything you have borrowed."),
 (W, "Interlibrary loans bring in books that we do not stock from other libraries around the country. Each request costs £4 and usually arrives within three weeks."),
 (W, "Newspapers and magazines can be read free in the PressShelf app as well as in the reading room. Printed back issues are kept for 3 months."),
 (W, "Our seed library lets members take up to 5 packets of vegetable and flower seeds each season. Please bring back some seeds from your own harvest if you can."),
 (W, "Members can borrow a laptop for use inside the library for up to 3 hours. Ask at the help desk and leave your card with us while you have it."),
 (W, "The local history collection holds parish maps, old photographs and electoral rolls going back to 1890. Appointments are needed for anything kept in the archive store."),
 (W, "Volunteers help with our homework club, digital drop-ins and the home delivery service. Apply on the volunteering page and we will invite you for a short chat."),
 (W, "Our home delivery service brings books to members who cannot reach a branch because of illness or disability. A volunteer visits every 4 weeks with a selection picked for you."),
 (D, "Study pods hold 1 or 2 people and can be booked for up to 3 hours at a time. Bookings that are not claimed within 15 minutes are released to the next person."),
 (D, "Food is not allowed on the study floor, but you can drink from a bottle with a lid. The café on the ground floor is open until 4pm."),
 (D, "We accept library cards from Westmoor and Calder libraries through our reciprocal borrowing scheme. Items borrowed here must be returned to a Fernhill branch."),
 (D, "If the self-service machine will not let you borrow, your card may have expired or have a block on it. Bring it to the help desk and we will sort it out."),
 (D, "Digital skills drop-ins run every Wednesday afternoon. Bring your own phone, tablet or laptop and a volunteer will help you with email, online forms or video calls."),
 (D, "Photographs may be taken inside the library for personal use. Filming for commercial purposes needs written permission from the branch manager."),
 (M, "Fernhill Community Library was founded in 1962 and has been run by a charitable trust since 2014. Most of our funding comes from the town council and from member donations."),
 (M, "Members aged 16 and over can join the Friends of Fernhill Library for £12 a year. Friends get early entry to book sales and a newsletter three times a year."),
 (M, "Our summer reading challenge asks children to read 6 books during the holidays. Everyone who finishes gets a certificate and a medal at the September celebration."),
 (M, "Your card stays valid as long as you use it at least once every 3 years. Cards with no activity for longer are closed and the personal details deleted."),
 (M, "Board games, a telescope and a sewing machine are among the unusual items in our Library of Things. They are lent for 7 days and need an adult card."),
 (M, "Exam invigilation for distance-learning students can be arranged in a private room. Contact us at least 2 weeks before the exam with the details from your college."),
]

files = {W: [], D: [], M: []}
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

rng = random.Random(20250611)
pos = {}
os.makedirs(os.path.join(HERE, "corpus"), exist_ok=True)
for f in (W, D, M):
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
