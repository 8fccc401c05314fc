#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the dairycoop domain (Mlima Baridi Dairy Farmers' Co-operative Society)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, J = "sms-templates.txt", "centre-clerks-handbook.md", "member-questions.html", "kobo-faq-submissions.json"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The SMS templates tell new members to bring their national ID, KRA PIN, two passport photos and a chief's letter, while the nbconvert member page says new members need just their national ID and one passport photo.",
  "documents needed to register as a member", side(T, "your national ID, your KRA PIN, two passport photos and a chief's letter"), side(H, "New members need just their national ID and one passport photo")),
 ("list", "The clerks' handbook says input loans can be taken for dairy meal, mineral salts, hay and maize germ, while the Kobo FAQ says the input loan covers dairy meal and mineral salts only.",
  "feeds available on an input loan", side(M, "Input loans can be taken for dairy meal, mineral salts, hay and maize germ"), side(J, "The input loan covers dairy meal and mineral salts only")),
 ("list", "The nbconvert member page says the AI fee includes the straw, the inseminator's visit and one free repeat service, while the clerks' handbook says the AI charge pays for the straw and the technician's visit and nothing else (a repeat is a new charge).",
  "what the AI (insemination) fee includes", side(H, "The AI fee includes the semen straw, the inseminator's visit and one free repeat"), side(M, "The AI charge pays for the straw and the technician's visit and nothing else")),
 # polarity
 ("polarity", "The SMS templates let members sell their evening milk to private buyers in the village, while the Kobo FAQ says members are not allowed to supply any milk to buyers outside the society.",
  "selling milk to buyers other than the society", side(T, "You may sell your evening milk to private buyers in the village"), side(J, "Members are not allowed to supply any milk to buyers outside the society")),
 ("polarity", "The nbconvert member page says farmers who are not members can also book the society's vet, while the clerks' handbook says the vet attends only to members' animals.",
  "vet service for non-members", side(H, "Farmers who are not members can also book our vet"), side(M, "The society's vet attends only to members' animals")),
 ("polarity", "The SMS templates say milk payments are sent to the member's M-Pesa number, while the Kobo FAQ says the society does not pay milk money through M-Pesa (only to a bank or SACCO account).",
  "paying milk money by M-Pesa", side(T, "Milk payments are sent straight to your M-Pesa number on payday"), side(J, "The society does not pay milk money through M-Pesa")),
 # numeric
 ("numeric", "The clerks' handbook says the society pays 52 shillings per litre of milk that passes the tests, while the nbconvert member page says farmers receive KES 48 for each litre accepted.",
  "price paid to members per litre of milk", side(M, "The society pays 52/= per litre for milk that passes the quality tests"), side(H, "Farmers receive KES 48 for each litre accepted at the centre")),
 ("numeric", "The SMS templates say each month's milk money is paid by the 10th of the following month, while the Kobo FAQ says the payments reach members on the 20th of the next month.",
  "day of the month on which milk is paid", side(T, "Milk money for each month is paid by the 10th of the following month"), side(J, "Payments for each month's milk reach members on the 20th")),
 ("numeric", "The nbconvert member page says each share costs KES 1,000, while the Kobo FAQ says a single share is priced at Ksh. 500.",
  "price of one share", side(H, "Each share costs KES 1,000, paid at the office"), side(J, "A single share is priced at Ksh. 500")),
 ("numeric", "The clerks' handbook says feed loans are recovered in 3 equal monthly instalments, while the SMS templates say an input loan is spread over 6 monthly deductions.",
  "number of monthly instalments for repaying an input (feed) loan", side(M, "Feed loans are recovered from milk payments in 3 equal monthly instalments"), side(T, "An input loan is spread over 6 monthly deductions from your milk money")),
 # arithmetic (inside one answer: inputs, wrong result)
 ("arithmetic", "Calf pellets at KSh 1,750 a bag, 4 bags, make KSh 7,000, but the SMS says KSh 7,400.",
  "cost of 4 bags of calf pellets", side(T, "Calf pellets are KSh 1,750 a bag"), side(T, "the 4 bags a calf needs before weaning cost KSh 7,400")),
 ("arithmetic", "A 3,000-litre tank and a 2,500-litre tank make 5,500 litres, but the handbook says 6,500 litres.",
  "cooling capacity of the Kiganjo centre", side(M, "The Kiganjo centre has a 3,000-litre tank and a 2,500-litre tank"), side(M, "which gives 6,500 litres of cooling in all")),
 ("arithmetic", "8% of Ksh. 25,000 is Ksh. 2,000, but the Kobo FAQ says the member receives Ksh. 2,200.",
  "dividend on shares worth Ksh. 25,000", side(J, "This year's dividend is 8% on share capital"), side(J, "a member with shares worth Ksh. 25,000 receives Ksh. 2,200")),
 # stale
 ("stale", "The clerks' handbook's 2022 entry says the society has 1,850 members delivering milk; the Kobo FAQ says that as of 2025, 2,400 farmers supply milk to the society.",
  "number of members delivering milk", side(M, "(2022) The society has 1,850 members delivering milk"), side(J, "As of 2025, 2,400 farmers supply milk to the society")),
 ("stale", "The nbconvert member page's 2021 entry puts monthly dues at KES 100; the SMS templates say that since 2024 the membership subscription is KSh 150 a month.",
  "monthly membership dues", side(H, "(2021) Monthly dues are KES 100 for every member"), side(T, "Since 2024, the membership subscription is KSh 150 a month")),
 ("stale", "The Kobo FAQ says that as of 2023 milk is collected at 4 chilling centres; the nbconvert member page says that since 2025 the society has operated 6 chilling centres.",
  "number of chilling centres", side(J, "As of 2023, milk is collected at 4 chilling centres"), side(H, "Since 2025, the society has operated 6 chilling centres")),
]

traps = [
 ("Different condition (distance): farms within 5 km of a centre pay KES 2 a litre for transport, farms more than 5 km away Ksh. 3 a litre.",
  side(H, "Farms within 5 km of a chilling centre pay KES 2 per litre"), side(J, "Farms more than 5 km away are charged Ksh. 3 a litre")),
 ("Different kind of semen: insemination with ordinary semen costs KES 1,200, sexed semen services 3,500/=.",
  side(H, "Insemination with ordinary semen costs KES 1,200"), side(M, "Sexed semen services are 3,500/= per insemination")),
 ("Different region: the vet's call-out fee is KSh 500 for farms in Kieni and 800/= for farms in Mathira.",
  side(T, "For farms in Kieni, the vet's call-out fee is KSh 500"), side(M, "Call-outs to farms in Mathira cost 800/= because of the distance")),
 ("Different bag size: a 70 kg bag of dairy meal is KSh 2,900, the 50 kg bag of the same meal Ksh. 2,150.",
  side(T, "A 70 kg bag of dairy meal is KSh 2,900"), side(J, "the 50 kg bag of the same dairy meal is Ksh. 2,150")),
 ("Similarly named products: the Maziwa Loan charges 1% a month, Maziwa Plus loans 1.5% a month.",
  side(T, "The Maziwa Loan for buying an in-calf heifer carries interest of 1% a month"), side(M, "Maziwa Plus loans charge 1.5% a month")),
 ("The same value in other units: milk must reach the centre within 2 hours of milking = no later than 120 minutes after milking.",
  side(H, "Milk must reach the centre within 2 hours of milking"), side(J, "Deliver your milk no later than 120 minutes after milking")),
 ("A correct computation: KSh 450 + KSh 380 = KSh 830.",
  side(T, "A mineral lick at KSh 450 and a bottle of teat dip at KSh 380"), side(T, "come to KSh 830 together")),
 ("A correct percentage: 5% off KES 3,000 is KES 2,850.",
  side(H, "Members who pay cash for feed get 5% off"), side(H, "so an order worth KES 3,000 costs KES 2,850")),
 ("A range containing the other value: a cow that did not conceive returns on heat 18 to 24 days after the service vs in about 21 days.",
  side(M, "should return on heat 18 to 24 days after the service"), side(T, "a cow not in calf returns on heat in about 21 days")),
 ("A hedged example ('For example ... might deliver 80 litres') vs the average member's about 15 litres a day.",
  side(J, "For example, a farmer with 8 cows might deliver 80 litres"), side(H, "The average member delivers about 15 litres a day")),
 ("An old value marked as old: milk cans were hired at 300/= a month before 2024; hiring one now costs Ksh. 400 a month.",
  side(M, "Milk cans were hired at 300/= a month before 2024"), side(J, "Hiring a milk can costs Ksh. 400 a month")),
 ("'Up to 5 working days' for processing an input loan is a ceiling; a typical feed loan request is approved in about 2 days.",
  side(H, "Processing an input loan application takes up to 5 working days"), side(T, "A typical feed loan request is approved in about 2 days")),
 ("The list of reasons for rejecting milk is open ('such as'), so mastitis as another reason is consistent.",
  side(T, "Reasons for rejecting milk at the centre include things such as added water"), side(M, "Milk is also turned away if it comes from a cow with mastitis")),
 ("The same age rule stated in both directions (farmers aged 18 and older may apply / applicants under 18 cannot become members).",
  side(H, "Dairy farmers aged 18 and older who live in Nyeri County"), side(J, "Applicants under 18 cannot become members")),
]

DOMAIN = ("Mlima Baridi Dairy Farmers' Co-operative Society, a fictional dairy co-operative near Nyeri, Kenya (head office in "
          "Kiganjo): membership (registration documents, minimum age, monthly dues, share price, dividends, number of members), "
          "milk (price per litre, transport charge by distance, delivery time after milking, selling outside the society, "
          "rejection reasons, mastitis, average and example deliveries, payment day and channel), chilling centres (number, "
          "cooling capacity), input loans (feeds covered, repayment instalments, processing and approval time), the Maziwa Loan "
          "and Maziwa Plus, feeds (dairy meal in 70 kg and 50 kg bags, calf pellets, mineral licks, teat dip, cash discount), "
          "AI services (what the fee includes, ordinary and sexed semen, return to heat), the vet (non-members, call-out fees "
          "in Kieni and Mathira, night calls), milk can hire (old and current), member cards, centre visits, can cleaning and "
          "lactometer readings. Prices in Kenyan shillings written 'KSh 1,750', 'sh 200', '52/=', 'KES 1,000' and 'Ksh. 500'.")
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

# SMS templates (11 answers)
aq = "To register as a member, bring your national ID"
cl(T, aq, "To register as a member, bring your national ID, your KRA PIN, two passport photos and a chief's letter to the Kiganjo office", "two passport photos", 2, 2, "photos", "=", "member registration", "passport photos required", "count")
aq = "Milk money for each month is paid by the 10th"
cl(T, aq, "Milk money for each month is paid by the 10th of the following month, after the deductions for loans and dues", "by the 10th", None, 10, "day of month", "<=", "monthly milk payment", "payment day in the following month", "date")
aq = "An input loan is spread over 6 monthly deductions"
cl(T, aq, "An input loan is spread over 6 monthly deductions from your milk money, starting the month after you collect the feed", "6 monthly deductions", 6, 6, "instalments", "=", "input loan repayment", "number of monthly instalments", "count")
aq = "Calf pellets are KSh 1,750 a bag"
sq = "Calf pellets are KSh 1,750 a bag, so the 4 bags a calf needs before weaning cost KSh 7,400"
cl(T, aq, sq, "KSh 1,750 a bag", 1750, 1750, "KES/bag", "=", "calf pellets", "price", "price")
cl(T, aq, sq, "4 bags", 4, 4, "bags", "=", "calf pellets for one calf before weaning", "bags needed", "count")
cl(T, aq, sq, "KSh 7,400", 7400, 7400, "KES", "=", "4 bags of calf pellets", "total price", "price")
aq = "Since 2024, the membership subscription"
cl(T, aq, "Since 2024, the membership subscription is KSh 150 a month, taken from your milk payment automatically", "KSh 150 a month", 150, 150, "KES/month", "=", "membership dues", "monthly amount", "price")
aq = "For farms in Kieni, the vet's call-out fee"
cl(T, aq, "For farms in Kieni, the vet's call-out fee is KSh 500, and drugs are charged on top", "KSh 500", 500, 500, "KES", "=", "vet call-out to a farm in Kieni", "call-out fee", "price")
aq = "A 70 kg bag of dairy meal is KSh 2,900"
sq = "A 70 kg bag of dairy meal is KSh 2,900 at any of our agrovet counters"
cl(T, aq, sq, "70 kg", 70, 70, "kg", "=", "large bag of dairy meal", "bag weight", "size")
cl(T, aq, sq, "KSh 2,900", 2900, 2900, "KES/bag", "=", "70 kg bag of dairy meal", "price", "price")
aq = "The Maziwa Loan for buying an in-calf heifer"
cl(T, aq, "The Maziwa Loan for buying an in-calf heifer carries interest of 1% a month on the reducing balance", "1% a month", 1, 1, "%/month", "=", "Maziwa Loan", "interest rate", "percentage")
aq = "A mineral lick at KSh 450"
sq = "A mineral lick at KSh 450 and a bottle of teat dip at KSh 380 come to KSh 830 together"
cl(T, aq, sq, "KSh 450", 450, 450, "KES", "=", "mineral lick", "price", "price")
cl(T, aq, sq, "KSh 380", 380, 380, "KES", "=", "bottle of teat dip", "price", "price")
cl(T, aq, sq, "KSh 830", 830, 830, "KES", "=", "mineral lick and teat dip", "total price", "price")
aq = "After insemination, a cow not in calf"
cl(T, aq, "After insemination, a cow not in calf returns on heat in about 21 days, so watch her closely around then", "about 21 days", 21, 21, "day", "~", "cow not in calf after insemination", "time until she returns on heat", "duration")
aq = "A typical feed loan request is approved"
cl(T, aq, "A typical feed loan request is approved in about 2 days, and the clerk will call you to collect the feed", "about 2 days", 2, 2, "day", "~", "feed loan request", "approval time", "duration")

# clerks' handbook (9 answers)
aq = "The society pays 52/= per litre"
cl(M, aq, "The society pays 52/= per litre for milk that passes the quality tests at the centre", "52/= per litre", 52, 52, "KES/litre", "=", "milk delivered by members", "price paid per litre", "price")
aq = "Feed loans are recovered from milk payments"
cl(M, aq, "Feed loans are recovered from milk payments in 3 equal monthly instalments", "3 equal monthly instalments", 3, 3, "instalments", "=", "input loan repayment", "number of monthly instalments", "count")
aq = "The Kiganjo centre has a 3,000-litre tank"
sq = "The Kiganjo centre has a 3,000-litre tank and a 2,500-litre tank, which gives 6,500 litres of cooling in all"
cl(M, aq, sq, "3,000-litre tank", 3000, 3000, "litres", "=", "first cooling tank at Kiganjo", "capacity", "size")
cl(M, aq, sq, "2,500-litre tank", 2500, 2500, "litres", "=", "second cooling tank at Kiganjo", "capacity", "size")
cl(M, aq, sq, "6,500 litres", 6500, 6500, "litres", "=", "Kiganjo centre", "total cooling capacity", "size")
aq = "(2022) The society has 1,850 members"
cl(M, aq, "(2022) The society has 1,850 members delivering milk, from Kiganjo up to Naro Moru", "1,850 members", 1850, 1850, "members", "=", "society", "members delivering milk", "count")
aq = "Sexed semen services are 3,500/="
cl(M, aq, "Sexed semen services are 3,500/= per insemination", "3,500/= per insemination", 3500, 3500, "KES", "=", "insemination with sexed semen", "price", "price")
aq = "Call-outs to farms in Mathira cost 800/="
cl(M, aq, "Call-outs to farms in Mathira cost 800/= because of the distance from Kiganjo", "800/=", 800, 800, "KES", "=", "vet call-out to a farm in Mathira", "call-out fee", "price")
aq = "Maziwa Plus loans charge 1.5% a month"
cl(M, aq, "Maziwa Plus loans charge 1.5% a month and need a guarantor who is also a member", "1.5% a month", 1.5, 1.5, "%/month", "=", "Maziwa Plus loan", "interest rate", "percentage")
aq = "A cow that did not conceive should return on heat"
cl(M, aq, "A cow that did not conceive should return on heat 18 to 24 days after the service", "18 to 24 days", 18, 24, "day", "=", "cow not in calf after insemination", "time until she returns on heat", "duration")
aq = "Milk cans were hired at 300/= a month before 2024."
cl(M, aq, "Milk cans were hired at 300/= a month before 2024", "300/= a month", 300, 300, "KES/month", "=", "milk can hire before 2024", "old monthly charge", "price")

# nbconvert member page (12 answers)
aq = "New members need just their national ID"
cl(H, aq, "New members need just their national ID and one passport photo", "one passport photo", 1, 1, "photos", "=", "member registration", "passport photos required", "count")
aq = "Each share costs KES 1,000"
cl(H, aq, "Each share costs KES 1,000, paid at the office or deducted from your milk money", "KES 1,000", 1000, 1000, "KES/share", "=", "share in the society", "price", "price")
aq = "(2021) Monthly dues are KES 100"
cl(H, aq, "(2021) Monthly dues are KES 100 for every member, whatever the number of cows", "KES 100", 100, 100, "KES/month", "=", "membership dues", "monthly amount", "price")
aq = "Dairy farmers aged 18 and older"
cl(H, aq, "Dairy farmers aged 18 and older who live in Nyeri County may apply for membership", "aged 18 and older", 18, None, "year", ">=", "membership applicant", "minimum age", "limit")
aq = "Farmers receive KES 48 for each litre"
cl(H, aq, "Farmers receive KES 48 for each litre accepted at the centre, paid once a month", "KES 48 for each litre", 48, 48, "KES/litre", "=", "milk delivered by members", "price paid per litre", "price")
aq = "Farms within 5 km of a chilling centre"
sq = "Farms within 5 km of a chilling centre pay KES 2 per litre for transport to the centre"
cl(H, aq, sq, "within 5 km", None, 5, "km", "<=", "farm on the lower transport charge", "distance from a chilling centre", "limit")
cl(H, aq, sq, "KES 2 per litre", 2, 2, "KES/litre", "=", "milk transport for farms within 5 km", "transport charge", "price")
aq = "Milk must reach the centre within 2 hours"
cl(H, aq, "Milk must reach the centre within 2 hours of milking, and in clean aluminium cans only", "within 2 hours", None, 2, "hour", "<=", "milk delivery after milking", "time allowed", "duration")
aq = "The average member delivers about 15 litres"
cl(H, aq, "The average member delivers about 15 litres a day to the collection point", "about 15 litres a day", 15, 15, "litres/day", "~", "average member", "milk delivered", "count")
aq = "Since 2025, the society has operated"
cl(H, aq, "Since 2025, the society has operated 6 chilling centres, each with a standby generator", "6 chilling centres", 6, 6, "centres", "=", "society", "number of chilling centres", "count")
aq = "Members who pay cash for feed get 5% off"
sq = "Members who pay cash for feed get 5% off, so an order worth KES 3,000 costs KES 2,850"
cl(H, aq, sq, "5% off", 5, 5, "%", "=", "feed bought for cash", "discount", "percentage")
cl(H, aq, sq, "KES 3,000", 3000, 3000, "KES", "=", "example feed order", "full price", "price")
cl(H, aq, sq, "KES 2,850", 2850, 2850, "KES", "=", "example feed order paid in cash", "discounted price", "price")
aq = "The AI fee includes the semen straw"
cl(H, aq, "The AI fee includes the semen straw, the inseminator's visit and one free repeat if the cow comes back on heat", "one free repeat", 1, 1, "repeat services", "=", "AI fee", "free repeat services included", "count")
aq = "Insemination with ordinary semen costs KES 1,200"
cl(H, aq, "Insemination with ordinary semen costs KES 1,200, and the technician comes the same day if you call before 10 am", "KES 1,200", 1200, 1200, "KES", "=", "insemination with ordinary semen", "price", "price")
aq = "Processing an input loan application takes"
cl(H, aq, "Processing an input loan application takes up to 5 working days from the day the form reaches the office", "up to 5 working days", None, 5, "working day", "<=", "input loan application", "processing time", "duration")

# Kobo FAQ submissions (11 answers)
aq = "Payments for each month's milk reach members"
cl(J, aq, "Payments for each month's milk reach members on the 20th of the next month", "on the 20th", 20, 20, "day of month", "=", "monthly milk payment", "payment day in the following month", "date")
aq = "A single share is priced at Ksh. 500"
cl(J, aq, "A single share is priced at Ksh. 500, and shares can be bought in instalments through the milk payment", "Ksh. 500", 500, 500, "KES/share", "=", "share in the society", "price", "price")
aq = "This year's dividend is 8% on share capital"
sq = "This year's dividend is 8% on share capital, so a member with shares worth Ksh. 25,000 receives Ksh. 2,200"
cl(J, aq, sq, "8%", 8, 8, "%", "=", "dividend on share capital this year", "rate", "percentage")
cl(J, aq, sq, "Ksh. 25,000", 25000, 25000, "KES", "=", "example member's shares", "value", "price")
cl(J, aq, sq, "Ksh. 2,200", 2200, 2200, "KES", "=", "example member's dividend", "amount", "price")
aq = "As of 2025, 2,400 farmers supply milk"
cl(J, aq, "As of 2025, 2,400 farmers supply milk to the society across Kieni and Mathira", "2,400 farmers", 2400, 2400, "members", "=", "society", "members delivering milk", "count")
aq = "As of 2023, milk is collected at 4 chilling centres"
cl(J, aq, "As of 2023, milk is collected at 4 chilling centres: Kiganjo, Mweiga, Naro Moru and Endarasha", "4 chilling centres", 4, 4, "centres", "=", "society", "number of chilling centres", "count")
aq = "Farms more than 5 km away"
sq = "Farms more than 5 km away are charged Ksh. 3 a litre for transport"
cl(J, aq, sq, "more than 5 km", 5, None, "km", ">", "farm on the higher transport charge", "distance from a chilling centre", "limit")
cl(J, aq, sq, "Ksh. 3 a litre", 3, 3, "KES/litre", "=", "milk transport for farms more than 5 km away", "transport charge", "price")
aq = "Yes, the 50 kg bag of the same dairy meal"
sq = "Yes, the 50 kg bag of the same dairy meal is Ksh. 2,150 at every agrovet counter"
cl(J, aq, sq, "50 kg", 50, 50, "kg", "=", "small bag of dairy meal", "bag weight", "size")
cl(J, aq, sq, "Ksh. 2,150", 2150, 2150, "KES/bag", "=", "50 kg bag of dairy meal", "price", "price")
aq = "Deliver your milk no later than 120 minutes"
cl(J, aq, "Deliver your milk no later than 120 minutes after milking, or it may sour on the way", "no later than 120 minutes", None, 120, "minute", "<=", "milk delivery after milking", "time allowed", "duration")
aq = "It depends on the herd."
sq = "For example, a farmer with 8 cows might deliver 80 litres a day in the rainy season"
cl(J, aq, sq, "8 cows", 8, 8, "cows", "=", "example farmer's herd", "cows", "count", True)
cl(J, aq, sq, "80 litres a day", 80, 80, "litres/day", "=", "example farmer with 8 cows", "milk delivered", "count", True)
aq = "Hiring a milk can costs Ksh. 400 a month"
cl(J, aq, "Hiring a milk can costs Ksh. 400 a month, and the deposit is returned with the can", "Ksh. 400 a month", 400, 400, "KES/month", "=", "milk can hire", "monthly charge", "price")
aq = "Applicants under 18 cannot become members"
cl(J, aq, "Applicants under 18 cannot become members, but a parent can register the cows in the family name", "under 18", 18, None, "year", ">=", "membership applicant", "minimum age", "limit")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
