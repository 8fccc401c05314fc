#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the theatre domain (Silvertree Playhouse)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "patron-answers.txt", "box-office-manual.md", "visiting-guide.html", "assistant-intents.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The patron answers put matinees on Wednesdays, Saturdays and Sundays, while the box office manual has afternoon performances on Saturdays and Sundays only.",
  "days with matinee performances", side(T, "Matinees run on Wednesdays, Saturdays and Sundays"), side(M, "Afternoon performances are on Saturdays and Sundays only")),
 ("list", "The visiting guide opens concession prices to students, pensioners and teachers, while the assistant says only students and pensioners qualify.",
  "who qualifies for concession tickets", side(H, "Concession prices are open to students, pensioners and teachers"), side(J, "Only students and pensioners qualify for a reduced ticket")),
 ("list", "The patron answers have wheelchair spaces in the stalls and the circle, while the visiting guide says wheelchair users can only sit in the stalls.",
  "seating areas with wheelchair spaces", side(T, "Wheelchair spaces are available in both the stalls and the circle"), side(H, "Wheelchair users can only be seated in the stalls")),
 # polarity
 ("polarity", "The patron answers let people take bar drinks into the auditorium, while the box office manual says nothing from the bar may go past the auditorium doors.",
  "drinks in the auditorium", side(T, "You're welcome to take drinks from the bar into the auditorium"), side(M, "Nothing from the bar may go past the auditorium doors")),
 ("polarity", "The visiting guide lets tickets be swapped for another performance, while the assistant says tickets can't be exchanged once bought.",
  "exchanging tickets for another performance", side(H, "Tickets can be swapped for another performance of the same show"), side(J, "we can't exchange tickets once they're bought")),
 ("polarity", "The box office manual welcomes babes in arms at family matinees, while the visiting guide admits no babies to any performance, matinees included.",
  "babies at performances", side(M, "babes in arms are welcome at family matinees"), side(H, "We don’t admit babies to any performance, matinees included")),
 # numeric
 ("numeric", "The patron answers give a 20-minute interval, while the visiting guide gives a 15-minute interval.",
  "length of the interval", side(T, "The interval lasts 20 minutes"), side(H, "a 15-minute interval in every evening show")),
 ("numeric", "The box office manual lets children aged 14 and over attend alone, while the assistant says under-16s need an adult with them.",
  "age from which young people may attend without an adult", side(M, "Anyone under 14 must come with an adult"), side(J, "Under-16s need a grown-up with them at every performance")),
 ("numeric", "The visiting guide adds R15 to each ticket booked online, while the assistant gives an online booking fee of R20 per ticket.",
  "online booking fee per ticket", side(H, "We add R15 to each ticket booked on the website"), side(J, "The online booking fee is R20 per ticket")),
 ("numeric", "The visiting guide opens the doors 45 minutes before the show, while the box office manual opens the house half an hour before curtain up.",
  "when the auditorium doors open", side(H, "Doors open 45 minutes before the show starts"), side(M, "The house opens half an hour before curtain up")),
 # arithmetic
 ("arithmetic", "4 x R150 is R600, not R650.",
  "price of four R150 gift vouchers", side(T, "Gift vouchers come in any amount, so four R150 vouchers"), side(T, "for the family cost R650 altogether")),
 ("arithmetic", "2 x R200 + 2 x R130 is R660, not R680.",
  "price of two adult and two child circle seats", side(M, "two adult seats at R200 and two child seats at R130"), side(M, "add up to R680, so sell the R600 family ticket instead")),
 ("arithmetic", "65 + 50 minutes is 115 minutes, not 125.",
  "running time of the current show without the interval", side(J, "The first act is 65 minutes and the second is 50"), side(J, "so that's 125 minutes on stage")),
 # stale
 ("stale", "A 2023 answer prices a stalls seat at R195, while a 2025 answer prices stalls tickets at R260.",
  "price of a stalls seat", side(H, "(2023) A seat in the stalls costs R195"), side(T, "Since 2025, stalls tickets have been R260 each")),
 ("stale", "A 2022 record says the main house holds 350 people, while a 2025 entry gives the auditorium 420 seats.",
  "seats in the main auditorium", side(J, "(2022) Our main house holds 350 people"), side(M, "As of 2025, the auditorium has 420 seats")),
 ("stale", "A 2022 entry prices Friends membership at R350 a year, while a 2025 answer says joining the Friends costs R450 annually.",
  "yearly price of Friends membership", side(M, "(2022) Friends membership is R350 a year"), side(H, "Since 2025, joining the Friends of Silvertree costs R450 annually")),
]

traps = [
 ("Different condition (performance time): circle seats are R200 in the evening, R160 at matinees.",
  side(T, "Evening seats in the circle are R200"), side(J, "matinee seats in the circle are R160")),
 ("Different tier (seating area): circle R200 in the evening, balcony R140 at every performance.",
  side(H, "Seats in the circle cost R200 for evening shows"), side(M, "Balcony seats are R140 for every performance")),
 ("Different condition (time of day): evening parking R40, matinee parking R25.",
  side(M, "Evening parking at Hope Lane is a flat R40"), side(J, "For matinees, the Hope Lane garage charges R25")),
 ("Different group size: 20 or more get 20% off, 10 to 19 save 15%.",
  side(M, "Groups of 20 or more get 20% off every ticket"), side(J, "A party of 10 to 19 people saves 15%")),
 ("Similarly named passes: Season Pass R1,200 for one person, Season Pass Duo R2,200 for two.",
  side(T, "A Season Pass is R1,200 and gets one person into four shows"), side(H, "The Season Pass Duo is R2,200")),
 ("Same value in other units: 400 m is about a quarter of a mile.",
  side(T, "The Hope Lane garage is 400 m from our front door"), side(J, "The garage is about a quarter of a mile from the theatre")),
 ("Correct computation: four seats at R140 are R560.",
  side(H, "Four balcony seats at R140 each"), side(H, "come to R560 in total, the cheapest way")),
 ("Correct percentage: 10% off R200 is R180.",
  side(J, "Friends get 10% off every ticket"), side(J, "a R200 circle seat costs them R180")),
 ("About 7 working days lies inside the 5 to 10 working day range.",
  side(M, "refunds reach the card in 5 to 10 working days"), side(J, "usually back on your card in about 7 working days")),
 ("Three and a half hours is a hedged example ('For example ... might'), not the usual running time of about two and a half hours.",
  side(M, "a full-length Shakespeare might run close to three and a half hours"), side(T, "Most of our shows run about two and a half hours")),
 ("The R30 programme price is explicitly the price before the 2024 price change; R50 is current.",
  side(M, "Programmes used to be R30, before the 2024 price change"), side(H, "A programme costs R50 and all the profits go to our youth theatre")),
 ("'Up to 2 hours' is the longest e-ticket delay; most arrive within 10 minutes.",
  side(J, "E-tickets can take up to 2 hours to reach your inbox"), side(T, "Most e-tickets arrive within 10 minutes of booking")),
 ("The list of show types is open ('such as'), so a monthly jazz night is consistent.",
  side(H, "We host shows such as drama, comedy, musicals and dance"), side(T, "we also run a jazz night on the last Friday of every month")),
 ("The same minimum drinking age stated in both directions (18 and over / not under 18).",
  side(T, "Only customers aged 18 and over can be served alcohol at our bar"), side(M, "We don't serve alcohol to anyone under 18")),
]

DOMAIN = ("Silvertree Playhouse, a fictional theatre in Cape Town, South Africa (prices in rand, written R200): ticket "
          "prices by seating area and performance time, concessions, booking fees, gift vouchers, the Season Pass and "
          "Season Pass Duo, Friends membership, group discounts, family tickets, exchanges and refunds, matinees, "
          "intervals and running times, doors, age rules, babies, wheelchair spaces, drinks, parking, programmes and capacity.")
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

# patron answers (10 answers)
aq = "The interval lasts 20 minutes"
cl(T, aq, "The interval lasts 20 minutes, which is plenty of time for a drink and the queue at the loos", "20 minutes", 20, 20, "minute", "=", "interval", "length", "duration")
aq = "Gift vouchers come in any amount"
sq = "Gift vouchers come in any amount, so four R150 vouchers for the family cost R650 altogether"
cl(T, aq, sq, "four", 4, 4, "vouchers", "=", "example gift voucher order", "vouchers bought", "count")
cl(T, aq, sq, "R150", 150, 150, "ZAR", "=", "gift voucher", "voucher value", "price")
cl(T, aq, sq, "R650", 650, 650, "ZAR", "=", "four R150 gift vouchers", "total price", "price")
aq = "Since 2025, stalls tickets have been R260 each"
cl(T, aq, "Since 2025, stalls tickets have been R260 each, and they're the closest seats to the stage", "R260 each", 260, 260, "ZAR", "=", "stalls seat", "ticket price", "price")
aq = "Evening seats in the circle are R200"
cl(T, aq, "Evening seats in the circle are R200, and the view of the whole stage from up there is the best in the house", "R200", 200, 200, "ZAR", "=", "circle seat at an evening performance", "ticket price", "price")
aq = "A Season Pass is R1,200"
sq = "A Season Pass is R1,200 and gets one person into four shows of their choice during the year"
cl(T, aq, sq, "R1,200", 1200, 1200, "ZAR", "=", "Season Pass", "price", "price")
cl(T, aq, sq, "one person", 1, 1, "people", "=", "Season Pass", "people admitted", "count")
cl(T, aq, sq, "four shows", 4, 4, "shows", "=", "Season Pass", "shows included", "count")
aq = "The Hope Lane garage is 400 m from our front door"
cl(T, aq, "The Hope Lane garage is 400 m from our front door, an easy walk along a well-lit street", "400 m", 400, 400, "m", "=", "Hope Lane garage", "distance from the theatre", "other")
aq = "Most of our shows run about two and a half hours"
cl(T, aq, "Most of our shows run about two and a half hours, including the interval", "about two and a half hours", 2.5, 2.5, "hour", "~", "typical show", "running time including the interval", "duration")
aq = "Most e-tickets arrive within 10 minutes of booking"
cl(T, aq, "Most e-tickets arrive within 10 minutes of booking, so check your spam folder if nothing has turned up", "within 10 minutes", None, 10, "minute", "<=", "e-ticket email", "typical delivery time", "duration")
aq = "Only customers aged 18 and over"
cl(T, aq, "Only customers aged 18 and over can be served alcohol at our bar, so bring your ID if you're asked for it", "aged 18 and over", 18, None, "year", ">=", "bar customer buying alcohol", "minimum age", "limit")
aq = "Lost property is kept at the box office for 30 days"
cl(T, aq, "Lost property is kept at the box office for 30 days, so give us a call and we'll check whether it has been handed in", "30 days", 30, 30, "day", "=", "lost property", "time kept", "duration")

# box office manual (10 answers)
aq = "Anyone under 14 must come with an adult."
cl(M, aq, "Anyone under 14 must come with an adult", "under 14", 14, None, "year", ">=", "young person attending without an adult", "minimum age", "limit")
cl(M, aq, "Patrons aged 14 and over may sit on their own", "aged 14 and over", 14, None, "year", ">=", "young person attending without an adult", "minimum age", "limit")
aq = "The house opens half an hour before curtain up."
cl(M, aq, "The house opens half an hour before curtain up", "half an hour", 0.5, 0.5, "hour", "=", "auditorium", "opening time before the show", "duration")
aq = "In the circle, two adult seats at R200"
sq = "In the circle, two adult seats at R200 and two child seats at R130 add up to R680, so sell the R600 family ticket instead"
cl(M, aq, sq, "two adult seats", 2, 2, "seats", "=", "example family booking", "adult seats", "count")
cl(M, aq, sq, "R200", 200, 200, "ZAR", "=", "adult circle seat", "ticket price", "price")
cl(M, aq, sq, "two child seats", 2, 2, "seats", "=", "example family booking", "child seats", "count")
cl(M, aq, sq, "R130", 130, 130, "ZAR", "=", "child circle seat", "ticket price", "price")
cl(M, aq, sq, "R680", 680, 680, "ZAR", "=", "two adult and two child circle seats", "total price", "price")
cl(M, aq, sq, "R600", 600, 600, "ZAR", "=", "family ticket", "price", "price")
aq = "As of 2025, the auditorium has 420 seats"
cl(M, aq, "As of 2025, the auditorium has 420 seats, after the circle was extended over the old lighting gallery", "420 seats", 420, 420, "seats", "=", "main auditorium", "capacity", "count")
aq = "(2022) Friends membership is R350 a year"
cl(M, aq, "(2022) Friends membership is R350 a year and includes priority booking for every new season", "R350 a year", 350, 350, "ZAR/year", "=", "Friends membership", "membership fee", "price")
aq = "Balcony seats are R140 for every performance"
cl(M, aq, "Balcony seats are R140 for every performance, and they're the first to sell out for musicals", "R140", 140, 140, "ZAR", "=", "balcony seat", "ticket price", "price")
aq = "Groups of 20 or more get 20% off every ticket."
sq = "Groups of 20 or more get 20% off every ticket"
cl(M, aq, sq, "20 or more", 20, None, "people", ">=", "large group booking", "group size", "limit")
cl(M, aq, sq, "20% off", 20, 20, "%", "=", "groups of 20 or more", "discount", "percentage")
aq = "If we have to cancel a show, refunds reach the card"
cl(M, aq, "If we have to cancel a show, refunds reach the card in 5 to 10 working days", "5 to 10 working days", 5, 10, "working day", "=", "refund for a cancelled show", "time to arrive", "duration")
aq = "Warn patrons who rely on public transport"
cl(M, aq, "For example, a full-length Shakespeare might run close to three and a half hours", "close to three and a half hours", 3.5, 3.5, "hour", "~", "full-length Shakespeare", "running time", "duration", True)
aq = "We don't serve alcohol to anyone under 18"
cl(M, aq, "We don't serve alcohol to anyone under 18, and the bar staff must check ID whenever they're unsure", "under 18", 18, None, "year", ">=", "bar customer buying alcohol", "minimum age", "limit")

# visiting guide, Cocoa HTML Writer page (9 answers)
aq = "Tickets can be swapped for another performance"
cl(H, aq, "Tickets can be swapped for another performance of the same show, up to 48 hours before the curtain goes up", "up to 48 hours before", 48, None, "hour", ">=", "ticket exchange", "notice needed", "duration")
aq = "We add R15 to each ticket booked on the website."
cl(H, aq, "We add R15 to each ticket booked on the website", "R15", 15, 15, "ZAR/ticket", "=", "online booking", "booking fee", "price")
aq = "(2023) A seat in the stalls costs R195"
cl(H, aq, "(2023) A seat in the stalls costs R195, whichever row you choose", "R195", 195, 195, "ZAR", "=", "stalls seat", "ticket price", "price")
aq = "Since 2025, joining the Friends of Silvertree costs R450 annually"
cl(H, aq, "Since 2025, joining the Friends of Silvertree costs R450 annually, and you can sign up at the box office or online", "R450 annually", 450, 450, "ZAR/year", "=", "Friends membership", "membership fee", "price")
aq = "The Season Pass Duo is R2,200"
sq = "The Season Pass Duo is R2,200 and covers two people for the same four shows"
cl(H, aq, sq, "R2,200", 2200, 2200, "ZAR", "=", "Season Pass Duo", "price", "price")
cl(H, aq, sq, "two people", 2, 2, "people", "=", "Season Pass Duo", "people admitted", "count")
cl(H, aq, sq, "four shows", 4, 4, "shows", "=", "Season Pass Duo", "shows included", "count")
aq = "Four balcony seats at R140 each"
sq = "Four balcony seats at R140 each come to R560 in total, the cheapest way to bring the whole family"
cl(H, aq, sq, "Four balcony seats", 4, 4, "seats", "=", "example balcony booking", "seats", "count")
cl(H, aq, sq, "R140 each", 140, 140, "ZAR", "=", "balcony seat", "ticket price", "price")
cl(H, aq, sq, "R560", 560, 560, "ZAR", "=", "four balcony seats", "total price", "price")
aq = "Yes. A programme costs R50"
cl(H, aq, "A programme costs R50 and all the profits go to our youth theatre", "R50", 50, 50, "ZAR", "=", "programme", "price", "price")
aq = "There’s a 15-minute interval in every evening show"
cl(H, aq, "There’s a 15-minute interval in every evening show, and a bell rings in the foyer before the second half", "15-minute", 15, 15, "minute", "=", "interval", "length", "duration")
aq = "Doors open 45 minutes before the show starts"
cl(H, aq, "Doors open 45 minutes before the show starts, so you’ve time to find your seat without a rush", "45 minutes", 45, 45, "minute", "=", "auditorium doors", "opening time before the show", "duration")

# assistant intents (7 answers)
aq = "Under-16s need a grown-up with them"
sq = "Under-16s need a grown-up with them at every performance, and the adult must be 18 or over"
cl(J, aq, sq, "Under-16s", 16, None, "year", ">=", "young person attending without an adult", "minimum age", "limit")
cl(J, aq, sq, "18 or over", 18, None, "year", ">=", "accompanying adult", "minimum age", "limit")
aq = "The online booking fee is R20 per ticket"
cl(J, aq, "The online booking fee is R20 per ticket and covers the cost of the ticketing system", "R20 per ticket", 20, 20, "ZAR/ticket", "=", "online booking", "booking fee", "price")
aq = "The first act is 65 minutes"
sq = "The first act is 65 minutes and the second is 50, so that's 125 minutes on stage, not counting the interval"
cl(J, aq, sq, "65 minutes", 65, 65, "minute", "=", "first act of the current show", "length", "duration")
cl(J, aq, sq, "50", 50, 50, "minute", "=", "second act of the current show", "length", "duration")
cl(J, aq, sq, "125 minutes", 125, 125, "minute", "=", "current show without the interval", "running time", "duration")
aq = "(2022) Our main house holds 350 people"
sq = "(2022) Our main house holds 350 people, and the Studio takes another 80"
cl(J, aq, sq, "350 people", 350, 350, "seats", "=", "main auditorium", "capacity", "count")
cl(J, aq, sq, "another 80", 80, 80, "seats", "=", "Studio", "capacity", "count")
aq = "Yes. A party of 10 to 19 people saves 15%"
sq = "A party of 10 to 19 people saves 15% on every ticket when you book them together"
cl(J, aq, sq, "10 to 19 people", 10, 19, "people", "=", "group booking", "group size", "count")
cl(J, aq, sq, "15%", 15, 15, "%", "=", "groups of 10 to 19", "discount", "percentage")
aq = "Friends get 10% off every ticket"
sq = "Friends get 10% off every ticket, so a R200 circle seat costs them R180"
cl(J, aq, sq, "10% off", 10, 10, "%", "=", "Friends", "ticket discount", "percentage")
cl(J, aq, sq, "R200", 200, 200, "ZAR", "=", "circle seat", "full price", "price")
cl(J, aq, sq, "R180", 180, 180, "ZAR", "=", "circle seat for a Friend", "discounted price", "price")
aq = "E-tickets can take up to 2 hours"
cl(J, aq, "E-tickets can take up to 2 hours to reach your inbox at busy times, such as the morning a big show goes on sale", "up to 2 hours", None, 2, "hour", "<=", "e-ticket email", "delivery time", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
