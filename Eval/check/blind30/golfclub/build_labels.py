#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the golfclub domain (Tenjinmine Golf Club)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "reception-replies.txt", "starter-hut-notes.md", "visitor-guide.html", "faq-contents.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The reception replies say a rental set has a driver, two fairway woods, six irons, a wedge and a putter, while the MarkText visitor guide says the hire clubs are a half set of five (driver, 7-iron, 9-iron, sand wedge, putter).",
  "clubs in a rental set", side(T, "comes with a driver, two fairway woods, six irons, a wedge and a putter"), side(H, "hire clubs are a half set of five: driver, 7-iron, 9-iron, sand wedge and putter")),
 ("list", "The caddie master's notes say the front counter accepts cash, credit cards, PayPay and transport IC cards, while the microCMS FAQ says green fees can be settled by cash or credit card only.",
  "accepted payment methods", side(M, "The front counter accepts cash, credit cards, PayPay and transport IC cards"), side(J, "Green fees can be settled by cash or credit card only")),
 ("list", "The microCMS FAQ includes a set lunch in the visitor green fee (round, riding cart, lunch, bath), while the reception replies say the visitor fee pays for the round, the cart and the bath only and lunch is paid separately.",
  "what the visitor green fee includes", side(J, "Visitor green fees include the round, a riding cart, a set lunch and the bath"), side(T, "The visitor fee pays for the round, the riding cart and the bath only")),
 # polarity
 ("polarity", "The visitor guide says denim is fine on the course if clean and not torn, while the caddie master's notes allow no jeans anywhere on the course or in the clubhouse.",
  "jeans on the course", side(H, "Denim is fine on the course as long as it is clean and not torn"), side(M, "No jeans anywhere on the course or in the clubhouse")),
 ("polarity", "The reception replies welcome guests with tattoos in the large bath, while the microCMS FAQ says bathing is not permitted for anyone with a visible tattoo.",
  "using the bath with a tattoo", side(T, "Guests with tattoos are welcome in the large bath"), side(J, "Bathing is not permitted for anyone with a visible tattoo")),
 ("polarity", "The caddie master's notes let visitors walk the course and carry their own bag on weekdays, while the visitor guide says every group must take a riding cart and walking rounds are not offered.",
  "walking the course without a cart", side(M, "On weekdays visitors may walk the course and carry their own bag"), side(H, "Every group must take a riding cart, and walking rounds are not offered")),
 # numeric
 ("numeric", "The reception replies cancel free of charge with at least 3 days' notice, while the microCMS FAQ charges a cancellation fee unless the booking is cancelled 7 days or more before play.",
  "notice needed to cancel without a fee", side(T, "Let us know at least 3 days before the round and cancelling costs nothing"), side(J, "A cancellation fee applies unless the booking is cancelled 7 days or more before play")),
 ("numeric", "The caddie master's notes charge 6,000 yen for a 30-minute private lesson with the head pro, while the microCMS FAQ prices half an hour of one-to-one coaching with the head professional at 5,500 yen.",
  "price of a 30-minute private lesson with the head pro", side(M, "Charge ¥6,000 for a 30-minute private lesson with the head pro"), side(J, "Half an hour of one-to-one coaching with our head professional is JPY 5,500")),
 ("numeric", "The reception replies stop checking a group in 60 minutes before its tee time, while the visitor guide lets players check in as late as 30 minutes before their starting time.",
  "latest check-in before the tee time", side(T, "Reception stops checking in a group 60 minutes before its tee time"), side(H, "Players may check in as late as 30 minutes before their starting time")),
 ("numeric", "The caddie master's notes add a golf usage tax of 900 yen per liable player per day, while the visitor guide says the usage tax comes to 1,100 yen per adult each day.",
  "golf usage tax per player per day", side(M, "Add the golf usage tax of ¥900 for each player who is liable"), side(H, "The golf course usage tax comes to ¥1,100 per adult for each day")),
 # arithmetic
 ("arithmetic", "15,000 yen a player for a group of four is 60,000 yen, not 58,000 yen.",
  "weekday green fees for a group of four visitors", side(T, "A weekday visitor round is 15,000円 a player, so a group of four"), side(T, "comes to 58,000円, paid at the front desk on the day")),
 ("arithmetic", "26,000 yen plus consumption tax at 10% is 28,600 yen, not 28,400 yen.",
  "five-lesson card with consumption tax", side(M, "A card of five lessons is ¥26,000 before consumption tax"), side(M, "add consumption tax at 10% and the card comes to ¥28,400 in total")),
 ("arithmetic", "At 300 yen for a basket of 25 balls, 100 balls are four baskets, 1,200 yen, not 1,500 yen.",
  "price of 100 range balls", side(J, "Range balls are JPY 300 for a basket of 25"), side(J, "so 100 balls cost JPY 1,500")),
 # stale
 ("stale", "A 2022 note has weekend visitors paying 21,000 yen a round, while a 2025 FAQ entry prices a weekend round for visitors at 23,500 yen.",
  "weekend green fee for visitors", side(M, "(2022) Saturday and Sunday visitors pay ¥21,000 a round"), side(J, "Since 2025, a weekend round for visitors is JPY 23,500")),
 ("stale", "A 2023 answer gives the practice range 20 bays, while a 2025 reply says the driving range has 32 bays since the new wing was finished.",
  "number of driving range bays", side(H, "(2023) The practice range offers 20 bays"), side(T, "Since 2025, with the new wing finished, the driving range has 32 bays")),
 ("stale", "A 2022 answer prices a caddie at 4,000 yen per player, while a 2025 note says caddie service costs 5,500 yen a player.",
  "caddie fee per player", side(H, "(2022) A caddie is ¥4,000 per player for the round"), side(M, "As of 2025, caddie service costs ¥5,500 a player")),
]

traps = [
 ("Different condition (day of the week): weekday twilight golf is 6,500 yen, weekend twilight rounds 8,000 yen.",
  side(M, "Weekday twilight golf, teeing off after 2pm for nine holes, is ¥6,500"), side(J, "Weekend twilight rounds cost JPY 8,000 for nine holes")),
 ("Different tier: a 30-minute junior lesson for under-15s is 3,000 yen, an adult group clinic 4,500 yen per person.",
  side(T, "A 30-minute junior lesson for under-15s is 3,000円"), side(H, "Group clinics for adults cost ¥4,500 per person")),
 ("Different tees: the 7th hole is 545 yards from the blue tees and 452 yards from the red tees.",
  side(M, "The 7th hole plays 545 yards from the blue tees"), side(J, "From the red tees the 7th hole is 452 yards")),
 ("Similarly named products: the standard rental set is 4,000 yen a round, the Premium rental set (this season's models) 6,500 yen.",
  side(M, "A rental set is ¥4,000 a round"), side(J, "The Premium rental set, with this season's models, is JPY 6,500")),
 ("Same value in other units: 6,812 yards is 6,228.9 metres, i.e. about 6,229 metres.",
  side(M, "From the back tees the course measures 6,812 yards"), side(H, "the course is about 6,229 metres long")),
 ("Correct computation: 4 players at 6,500 yen is 26,000 yen.",
  side(H, "On a weekday, twilight golf is ¥6,500 a player"), side(H, "so a group of four pays ¥26,000 in all")),
 ("Correct percentage: 20% off 15,000 yen is 12,000 yen (1万2千円).",
  side(T, "Guests introduced by a member get 20% off the weekday visitor fee"), side(T, "of 15,000円, so they pay 1万2千円")),
 ("About 50 minutes lies inside the 40 to 60 minutes range for the lunch break.",
  side(T, "The lunch break between the two halves is 40 to 60 minutes"), side(J, "Most groups get about 50 minutes for lunch")),
 ("150 rounds is a hedged example ('For example ... might') of a keen retired member, not the typical member's about 40 rounds a year.",
  side(H, "A typical member plays about 40 rounds a year"), side(M, "For example, a keen retired member might play 150 rounds a year")),
 ("The 500 yen shoe hire price is explicitly the price before 2024; 800 yen a pair is the current price.",
  side(M, "Shoe hire was ¥500 a pair before 2024"), side(J, "Rental shoes are JPY 800 a pair")),
 ("'Up to 11 feet' is the green speed for the club championship; about 9 feet is an ordinary day.",
  side(T, "On an ordinary day the greens roll at about 9 feet"), side(H, "For the club championship the greens are cut to run at up to 11 feet")),
 ("The list of lesson topics is open ('such as'), so playing lessons out on the course as another offer is consistent.",
  side(J, "Lessons cover areas such as driving, iron play, bunker shots and putting"), side(T, "Playing lessons out on the course with one of our pros can also be booked")),
 ("The same usage-tax rule stated in both directions (under 18 exempt / only 18 or older pay).",
  side(T, "Players under 18 are exempt from the golf usage tax"), side(H, "Only players aged 18 or older pay the golf usage tax")),
 ("Different size: a small bag locker is 8,000 yen a year, a full-size bag locker 15,000 yen a year.",
  side(J, "A small bag locker is JPY 8,000 a year"), side(M, "Full-size bag lockers are ¥15,000 a year")),
]

DOMAIN = ("Tenjinmine Golf Club, a fictional members' golf club in Toyono, north of Osaka, Japan, that also sells "
          "visitor green fees, lessons and club hire (prices in Japanese yen written '15,000円', '1万2千円', '¥6,000' and "
          "'JPY 5,500'; distances in yards and metres): visitor green fees (weekday, weekend old and current, twilight "
          "weekday and weekend, a guest discount), what the fee includes, payment, cancellation, check-in, the golf usage "
          "tax (amount, who pays), caddies (old and current fee), riding carts and walking, lessons (private, junior, "
          "group clinics, playing lessons, lesson cards with consumption tax), rental sets and the Premium set, shoe hire, "
          "range balls and bays (old and current), bag lockers small and full-size, course length in yards and metres, "
          "the 7th hole from two tees, green speed, lunch break, dress code (jeans), the bath and tattoos, members' rounds "
          "a year, parking, the shuttle bus, lightning, lost items and Wi-Fi.")
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

# reception replies (9 answers)
aq = "A rental set comes with a driver, two fairway woods"
sq = "A rental set comes with a driver, two fairway woods, six irons, a wedge and a putter, plus a stand bag, so you only need to bring gloves and balls"
cl(T, aq, sq, "two fairway woods", 2, 2, "clubs", "=", "rental set", "fairway woods included", "count")
cl(T, aq, sq, "six irons", 6, 6, "clubs", "=", "rental set", "irons included", "count")
aq = "Let us know at least 3 days before the round"
sq = "Let us know at least 3 days before the round and cancelling costs nothing; after that there is a charge of 3,000円 per player"
cl(T, aq, sq, "at least 3 days", 3, None, "day", ">=", "cancellation", "notice needed to cancel without a fee", "limit")
cl(T, aq, sq, "3,000円 per player", 3000, 3000, "JPY/player", "=", "late cancellation", "cancellation fee", "price")
aq = "Reception stops checking in a group 60 minutes"
cl(T, aq, "Reception stops checking in a group 60 minutes before its tee time, so please leave plenty of time for the mountain road", "60 minutes", 60, 60, "minute", "=", "check-in", "latest check-in before tee time", "limit")
aq = "A weekday visitor round is 15,000円 a player"
sq = "A weekday visitor round is 15,000円 a player, so a group of four comes to 58,000円, paid at the front desk on the day"
cl(T, aq, sq, "15,000円 a player", 15000, 15000, "JPY/player", "=", "weekday visitor round", "green fee", "price")
cl(T, aq, sq, "a group of four", 4, 4, "players", "=", "example visitor group", "group size", "count")
cl(T, aq, sq, "58,000円", 58000, 58000, "JPY", "=", "weekday round for a group of four visitors", "total green fees", "price")
aq = "Since 2025, with the new wing finished, the driving range has 32 bays"
cl(T, aq, "Since 2025, with the new wing finished, the driving range has 32 bays, and the ball machine takes the same tokens as before", "32 bays", 32, 32, "bays", "=", "driving range", "number of bays", "count")
aq = "Guests introduced by a member get 20% off"
sq = "Guests introduced by a member get 20% off the weekday visitor fee of 15,000円, so they pay 1万2千円"
cl(T, aq, sq, "20% off", 20, 20, "%", "=", "member's guest on a weekday", "discount", "percentage")
cl(T, aq, sq, "15,000円", 15000, 15000, "JPY/player", "=", "weekday visitor round", "green fee", "price")
cl(T, aq, sq, "1万2千円", 12000, 12000, "JPY/player", "=", "member's guest on a weekday", "discounted green fee", "price")
aq = "The lunch break between the two halves"
cl(T, aq, "The lunch break between the two halves is 40 to 60 minutes, depending on how busy the course is that day", "40 to 60 minutes", 40, 60, "minute", "=", "lunch break at the turn", "length", "duration")
aq = "On an ordinary day the greens roll at about 9 feet"
cl(T, aq, "On an ordinary day the greens roll at about 9 feet on the stimpmeter, which most visitors find comfortable", "about 9 feet", 9, 9, "ft", "~", "greens on an ordinary day", "green speed", "other")
aq = "Players under 18 are exempt from the golf usage tax"
cl(T, aq, "Players under 18 are exempt from the golf usage tax, so please bring a health insurance card or other proof of age for juniors", "under 18", 18, None, "year", ">=", "player liable for the golf usage tax", "minimum age", "limit")

# caddie master's notes (12 answers)
aq = "Charge ¥6,000 for a 30-minute private lesson"
sq = "Charge ¥6,000 for a 30-minute private lesson with the head pro, Mr Tanaka"
cl(M, aq, sq, "¥6,000", 6000, 6000, "JPY", "=", "private lesson with the head pro", "price", "price")
cl(M, aq, sq, "30-minute", 30, 30, "minute", "=", "private lesson with the head pro", "length", "duration")
aq = "Add the golf usage tax of ¥900"
cl(M, aq, "Add the golf usage tax of ¥900 for each player who is liable, once per day of play", "¥900", 900, 900, "JPY/player/day", "=", "golf usage tax", "amount", "price")
aq = "A card of five lessons is ¥26,000"
sq = "A card of five lessons is ¥26,000 before consumption tax; add consumption tax at 10% and the card comes to ¥28,400 in total"
cl(M, aq, sq, "five lessons", 5, 5, "lessons", "=", "lesson card", "lessons included", "count")
cl(M, aq, sq, "¥26,000", 26000, 26000, "JPY", "=", "five-lesson card", "price before tax", "price")
cl(M, aq, sq, "consumption tax at 10%", 10, 10, "%", "=", "consumption tax", "tax rate", "percentage")
cl(M, aq, sq, "¥28,400", 28400, 28400, "JPY", "=", "five-lesson card", "total with tax", "price")
aq = "(2022) Saturday and Sunday visitors pay ¥21,000"
cl(M, aq, "(2022) Saturday and Sunday visitors pay ¥21,000 a round", "¥21,000 a round", 21000, 21000, "JPY/player", "=", "weekend visitor round", "green fee", "price")
aq = "As of 2025, caddie service costs ¥5,500"
cl(M, aq, "As of 2025, caddie service costs ¥5,500 a player", "¥5,500 a player", 5500, 5500, "JPY/player", "=", "caddie", "caddie fee", "price")
aq = "Weekday twilight golf, teeing off after 2pm"
sq = "Weekday twilight golf, teeing off after 2pm for nine holes, is ¥6,500"
cl(M, aq, sq, "nine holes", 9, 9, "holes", "=", "weekday twilight golf", "holes played", "count")
cl(M, aq, sq, "¥6,500", 6500, 6500, "JPY/player", "=", "weekday twilight golf", "green fee", "price")
aq = "The 7th hole plays 545 yards from the blue tees"
cl(M, aq, "The 7th hole plays 545 yards from the blue tees", "545 yards", 545, 545, "yd", "=", "7th hole, blue tees", "length", "other")
aq = "A rental set is ¥4,000 a round"
cl(M, aq, "A rental set is ¥4,000 a round", "¥4,000 a round", 4000, 4000, "JPY/round", "=", "rental set", "hire price", "price")
aq = "From the back tees the course measures 6,812 yards"
sq = "From the back tees the course measures 6,812 yards, par 72"
cl(M, aq, sq, "6,812 yards", 6812, 6812, "yd", "=", "course from the back tees", "length", "other")
cl(M, aq, sq, "par 72", 72, 72, "strokes", "=", "course", "par", "count")
aq = "It varies a lot."
cl(M, aq, "For example, a keen retired member might play 150 rounds a year, so don't assume a name on the sheet is a visitor", "150 rounds a year", 150, 150, "rounds/year", "=", "example keen retired member", "rounds played", "count", True)
aq = "Shoe hire was ¥500 a pair before 2024."
cl(M, aq, "Shoe hire was ¥500 a pair before 2024", "¥500 a pair", 500, 500, "JPY/pair", "=", "shoe hire before 2024", "old price", "price")
aq = "Full-size bag lockers are ¥15,000 a year"
cl(M, aq, "Full-size bag lockers are ¥15,000 a year and take a cart bag with a travel cover", "¥15,000 a year", 15000, 15000, "JPY/year", "=", "full-size bag locker", "yearly price", "price")

# MarkText visitor guide (11 answers)
aq = "Our hire clubs are a half set of five"
cl(H, aq, "Our hire clubs are a half set of five: driver, 7-iron, 9-iron, sand wedge and putter", "half set of five", 5, 5, "clubs", "=", "rental set", "clubs included", "count")
aq = "Players may check in as late as 30 minutes"
cl(H, aq, "Players may check in as late as 30 minutes before their starting time", "30 minutes", 30, 30, "minute", "=", "check-in", "latest check-in before tee time", "limit")
aq = "The golf course usage tax comes to ¥1,100"
cl(H, aq, "The golf course usage tax comes to ¥1,100 per adult for each day, on top of the green fee", "¥1,100 per adult", 1100, 1100, "JPY/player/day", "=", "golf usage tax", "amount", "price")
aq = "Only players aged 18 or older pay"
cl(H, aq, "Only players aged 18 or older pay the golf usage tax", "aged 18 or older", 18, None, "year", ">=", "player liable for the golf usage tax", "minimum age", "limit")
aq = "Group clinics for adults cost ¥4,500"
cl(H, aq, "Group clinics for adults cost ¥4,500 per person and are held on the range on Tuesday and Friday mornings", "¥4,500 per person", 4500, 4500, "JPY/player", "=", "adult group clinic", "price", "price")
aq = "On a weekday, twilight golf is ¥6,500 a player"
sq = "On a weekday, twilight golf is ¥6,500 a player, so a group of four pays ¥26,000 in all"
cl(H, aq, sq, "¥6,500 a player", 6500, 6500, "JPY/player", "=", "weekday twilight golf", "green fee", "price")
cl(H, aq, sq, "a group of four", 4, 4, "players", "=", "example twilight group", "group size", "count")
cl(H, aq, sq, "¥26,000", 26000, 26000, "JPY", "=", "weekday twilight golf for a group of four", "total green fees", "price")
aq = "(2022) A caddie is ¥4,000 per player"
cl(H, aq, "(2022) A caddie is ¥4,000 per player for the round, and caddies should be booked when you reserve the tee time", "¥4,000 per player", 4000, 4000, "JPY/player", "=", "caddie", "caddie fee", "price")
aq = "(2023) The practice range offers 20 bays"
cl(H, aq, "(2023) The practice range offers 20 bays for warming up, and there is a putting green next to the first tee", "20 bays", 20, 20, "bays", "=", "driving range", "number of bays", "count")
aq = "Played from the back tees, the course is about 6,229 metres long"
cl(H, aq, "Played from the back tees, the course is about 6,229 metres long, with wide fairways and sloping greens", "about 6,229 metres", 6229, 6229, "m", "~", "course from the back tees", "length", "other")
aq = "For the club championship the greens"
cl(H, aq, "For the club championship the greens are cut to run at up to 11 feet", "up to 11 feet", None, 11, "ft", "<=", "greens for the club championship", "green speed", "other")
aq = "A typical member plays about 40 rounds a year"
cl(H, aq, "A typical member plays about 40 rounds a year, mostly on weekday mornings", "about 40 rounds a year", 40, 40, "rounds/year", "~", "typical member", "rounds played", "count")

# microCMS FAQ contents (8 answers)
aq = "A cancellation fee applies unless the booking is cancelled 7 days"
cl(J, aq, "A cancellation fee applies unless the booking is cancelled 7 days or more before play", "7 days or more", 7, None, "day", ">=", "cancellation", "notice needed to cancel without a fee", "limit")
aq = "Half an hour of one-to-one coaching"
sq = "Half an hour of one-to-one coaching with our head professional is JPY 5,500"
cl(J, aq, sq, "Half an hour", 30, 30, "minute", "=", "private lesson with the head pro", "length", "duration")
cl(J, aq, sq, "JPY 5,500", 5500, 5500, "JPY", "=", "private lesson with the head pro", "price", "price")
aq = "Range balls are JPY 300 for a basket of 25"
sq = "Range balls are JPY 300 for a basket of 25, so 100 balls cost JPY 1,500"
cl(J, aq, sq, "JPY 300", 300, 300, "JPY", "=", "basket of range balls", "price", "price")
cl(J, aq, sq, "a basket of 25", 25, 25, "balls", "=", "basket of range balls", "balls per basket", "count")
cl(J, aq, sq, "100 balls", 100, 100, "balls", "=", "example range purchase", "balls", "count")
cl(J, aq, sq, "JPY 1,500", 1500, 1500, "JPY", "=", "100 range balls", "total price", "price")
aq = "Since 2025, a weekend round for visitors is JPY 23,500"
cl(J, aq, "Since 2025, a weekend round for visitors is JPY 23,500 per player", "JPY 23,500 per player", 23500, 23500, "JPY/player", "=", "weekend visitor round", "green fee", "price")
aq = "The Premium rental set, with this season's models"
cl(J, aq, "The Premium rental set, with this season's models, is JPY 6,500", "JPY 6,500", 6500, 6500, "JPY/round", "=", "Premium rental set", "hire price", "price")
aq = "Most groups get about 50 minutes for lunch"
cl(J, aq, "Most groups get about 50 minutes for lunch at the turn", "about 50 minutes", 50, 50, "minute", "~", "lunch break at the turn", "length", "duration")
aq = "Rental shoes are JPY 800 a pair"
cl(J, aq, "Rental shoes are JPY 800 a pair, and socks are sold in the pro shop", "JPY 800 a pair", 800, 800, "JPY/pair", "=", "shoe hire", "price", "price")
aq = "A small bag locker is JPY 8,000 a year"
cl(J, aq, "A small bag locker is JPY 8,000 a year and fits a stand bag", "JPY 8,000 a year", 8000, 8000, "JPY/year", "=", "small bag locker", "yearly price", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
