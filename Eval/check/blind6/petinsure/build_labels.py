#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the petinsure domain (Tailwise Pet Insurance)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, O = "customer-answers.txt", "claims-team-notes.md", "cover-and-claims.html", "policy-faq-2021.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The customer answers insure dogs, cats and house rabbits, while the team notes say policies are for cats and dogs only and rabbits can't be quoted.",
  "species Tailwise insures", side(T, "We can insure dogs, cats and house rabbits"), side(M, "Policies are for cats and dogs only")),
 ("list", "The help page takes claims through the app, by email or by post, while the archive accepts the app or email only.",
  "ways to send a claim", side(H, "You can send a claim through the Tailwise app, by email or by post"), side(O, "We accept claims through the app or by email only")),
 ("list", "The team notes list behavioural therapy, dental illness and complementary treatment as Premier extras, while the help page says the Premier extras are dental illness and complementary treatment only.",
  "extras included with Lifetime Premier", side(M, "Lifetime Premier also pays for behavioural therapy, dental illness and complementary treatment"), side(H, "On Premier cover, the extras beyond vet fees are dental illness and complementary treatment only")),
 # polarity
 ("polarity", "The customer answers say a pre-existing condition can be covered after 2 clear years, while the archive says conditions that existed before the policy are never covered.",
  "cover for pre-existing conditions", side(T, "We can cover a pre-existing condition once your pet has gone 2 years"), side(O, "Conditions that existed before your policy started are never covered")),
 ("polarity", "The help page says Tailwise can pay the vet directly, while the team notes say bills are never settled with practices directly.",
  "paying the vet directly", side(H, "we can pay your vet directly, as long as the practice agrees"), side(M, "We don't settle bills with practices directly")),
 ("polarity", "The archive covers inherited conditions such as hip dysplasia on every Lifetime policy, while the customer answers say conditions a breed passes down aren't included in Lifetime cover.",
  "hereditary conditions such as hip dysplasia on Lifetime policies", side(O, "Inherited conditions such as hip dysplasia are covered on every Lifetime policy"), side(T, "other conditions a breed is known to pass down, aren't included in Lifetime cover")),
 # numeric
 ("numeric", "The customer answers give a 14-day illness waiting period, while the help page excludes illnesses that show in the first 21 days.",
  "illness waiting period", side(T, "There's a 14-day wait after your policy starts before we'll pay for illness"), side(H, "Illnesses that first show signs in the first 21 days of a new policy")),
 ("numeric", "The help page starts new cover for pets up to 10 years old, while the archive won't start a new policy for a pet over 8.",
  "maximum age to start a new policy", side(H, "New cover is available for pets aged 8 weeks to 10 years"), side(O, "We can't start a new policy for a pet over 8 years old")),
 ("numeric", "The team notes give Lifetime Classic a £99 fixed excess per claim, while the customer answers say the first £120 of each Classic claim is the excess.",
  "Lifetime Classic excess per claim", side(M, "Lifetime Classic carries a fixed excess of £99 on every claim"), side(T, "With a Classic policy, the first £120 of each claim is your excess")),
 ("numeric", "The archive gives a 10% multi-pet discount on every policy, while the team notes give 15% on each pet's premium.",
  "multi-pet discount", side(O, "Insure more than one pet with us and every policy gets 10% off"), side(M, "The multi-pet discount is 15% on each pet's premium")),
 # arithmetic
 ("arithmetic", "12 x £18.50 is £222, not £212.",
  "yearly cost of a £18.50 monthly premium", side(H, "Your yearly cost is simply 12 monthly payments. A monthly premium of £18.50"), side(H, "adds up to £212 over a full year")),
 ("arithmetic", "20% of £1,500 is £300, not £250.",
  "customer share of a £1,500 bill under a 20% co-payment", side(M, "With a 20% co-payment on a £1,500 vet bill"), side(M, "the customer pays £250 and we pay the rest")),
 ("arithmetic", "3 x £22 is £66, not £56.",
  "monthly cost of three pets at £22 each", side(T, "If you insure three pets at £22 a month each"), side(T, "that's £56 a month before the multi-pet discount comes off")),
 # stale
 ("stale", "A 2021 answer gives Accident Only a £2,000 yearly vet fee limit, while a 2024 answer gives £3,000.",
  "Accident Only annual vet fee limit", side(O, "(2021) Accident Only cover pays up to £2,000 of vet fees per year"), side(H, "Since 2024, our Accident Only policy has a £3,000 annual limit")),
 ("stale", "A 2022 note includes up to 6 VetLine video calls a year, while a 2025 answer gives 12 free consultations a year.",
  "free VetLine video consultations per year", side(M, "(2022) VetLine video calls are included up to 6 times per policy year"), side(T, "As of 2025, you get 12 free VetLine video consultations a year")),
 ("stale", "A 2021 answer prices Lifetime Classic for a kitten from £7.90 a month, while a 2025 note gives £10.50.",
  "starting monthly price of Lifetime Classic for a kitten", side(O, "(2021) Lifetime Classic cover for a kitten starts at £7.90 a month"), side(M, "As of 2025, Classic kitten cover is priced from £10.50 a month")),
]

traps = [
 ("Different condition: 48 hours is the waiting period for accidents, 6 months the one for cruciate ligament problems.",
  side(H, "Accidents are covered from 48 hours after your policy starts"), side(O, "Cruciate ligament problems have a 6-month waiting period")),
 ("Different tier: Lifetime Classic includes £1 million of dog liability cover, Premier £2 million.",
  side(T, "Lifetime Classic includes £1 million of third-party liability cover for dogs"), side(H, "For dog owners on Premier, third-party liability cover goes up to £2 million")),
 ("Different region: 60 days per trip within the EU, 30 days per trip outside it.",
  side(M, "Trips within the EU are covered for up to 60 days at a time"), side(O, "Outside the EU, vet treatment abroad is covered for trips of up to 30 days")),
 ("Different size: cats and most dogs start the co-payment at 9, giant breeds at 6.",
  side(M, "For cats and most dogs, a co-payment applies from age 9"), side(T, "giant breeds start paying the co-payment from age 6")),
 ("Same value in other units: within 12 months is up to a year.",
  side(H, "Claims must reach us within 12 months of the treatment date"), side(M, "We accept claims up to a year after the pet was treated")),
 ("Correct computation: £300 / 12 = £25 a month.",
  side(O, "A £300 annual premium paid monthly"), side(O, "works out at £25 a month by Direct Debit")),
 ("Correct percentage: 5% off £240 is £228.",
  side(H, "Paying annually saves 5% on your premium"), side(H, "a £240 yearly premium becomes £228 if you pay it in one go")),
 ("The typical 7 working days lies inside the 5 to 10 working day range.",
  side(T, "Most claims are settled in 5 to 10 working days"), side(O, "A typical claim is paid in about 7 working days")),
 ("£3,000 is a hedged example at a referral hospital ('For example ... might'), not the usual £2,000 MRI cost.",
  side(H, "For example, an MRI at a referral hospital might cost £3,000"), side(M, "An MRI scan usually costs around £2,000 including the anaesthetic")),
 ("The £500 lost-pet benefit is explicitly the pre-2023 value; up to £1,000 is current.",
  side(M, "The lost-pet benefit used to be £500 before the 2023 policy review"), side(H, "we pay up to £1,000 towards advertising and a reward")),
 ("'Up to 20 minutes' is the peak-time maximum; most calls are answered within 3 minutes.",
  side(T, "at peak times it can take up to 20 minutes to get through"), side(H, "Most calls are answered within 3 minutes")),
 ("The complementary treatment list is open ('including'), so chiropractic sessions are consistent.",
  side(O, "complementary treatments including hydrotherapy, acupuncture and physiotherapy are covered"), side(T, "Chiropractic sessions also count as complementary treatment")),
 ("The same 14-day cancellation rule stated in both directions.",
  side(T, "You can cancel within 14 days of buying your policy"), side(M, "If a customer cancels after the 14-day cooling-off period")),
 ("Similarly named products: Lifetime Classic pays up to £4,000 a year, Lifetime Classic Plus £8,000.",
  side(M, "Lifetime Classic pays up to £4,000 in vet fees each policy year"), side(H, "Lifetime Classic Plus has an £8,000 annual vet fee limit")),
]

DOMAIN = ("Tailwise Pet Insurance, a fictional UK pet insurer: species and age limits, Accident Only and Lifetime "
          "Classic, Classic Plus and Premier policies, excess and co-payments, waiting periods, pre-existing and "
          "hereditary conditions, claims and turnaround, premiums, multi-pet discounts, VetLine and travel cover.")
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

# customer answers (10 answers)
aq = "We can cover a pre-existing condition"
cl(T, aq, "We can cover a pre-existing condition once your pet has gone 2 years without treatment, medication or advice for it", "2 years", 2, None, "year", ">=", "pre-existing condition", "treatment-free period before cover", "duration")
aq = "There's a 14-day wait after your policy starts"
cl(T, aq, "There's a 14-day wait after your policy starts before we'll pay for illness, though accidents are covered much sooner", "14-day", 14, 14, "day", "=", "illness cover", "waiting period", "duration")
aq = "With a Classic policy, the first £120"
cl(T, aq, "With a Classic policy, the first £120 of each claim is your excess, and we pay the rest up to your limit", "£120", 120, 120, "GBP", "=", "Lifetime Classic", "excess per claim", "price")
aq = "Got a full house?"
sq = "If you insure three pets at £22 a month each, that's £56 a month before the multi-pet discount comes off"
cl(T, aq, sq, "three pets", 3, 3, "pets", "=", "multi-pet example", "number of pets", "count")
cl(T, aq, sq, "£22 a month each", 22, 22, "GBP/month", "=", "pet in the multi-pet example", "monthly premium", "price")
cl(T, aq, sq, "£56 a month", 56, 56, "GBP/month", "=", "three pets before the multi-pet discount", "total monthly premium", "price")
aq = "As of 2025, you get 12 free VetLine"
cl(T, aq, "As of 2025, you get 12 free VetLine video consultations a year, with a qualified vet available any time of day", "12 free VetLine video consultations a year", 12, 12, "consultations/year", "=", "VetLine video consultations", "free consultations per year", "count")
aq = "Lifetime Classic includes £1 million"
cl(T, aq, "Lifetime Classic includes £1 million of third-party liability cover for dogs, in case your dog injures someone or damages their property", "£1 million", None, 1000000, "GBP", "<=", "Lifetime Classic dog cover", "third-party liability limit", "limit")
aq = "Big dogs age faster"
cl(T, aq, "Big dogs age faster, so Irish Wolfhounds, Great Danes and other giant breeds start paying the co-payment from age 6", "age 6", 6, 6, "year", "=", "giant breed dogs", "age the co-payment starts", "duration")
aq = "Most claims are settled in 5 to 10 working days"
cl(T, aq, "Most claims are settled in 5 to 10 working days once we have the invoice and clinical notes from your vet", "5 to 10 working days", 5, 10, "working day", "=", "claims", "time to settle", "duration")
aq = "Our phone lines are busiest on Monday mornings"
cl(T, aq, "Our phone lines are busiest on Monday mornings, and at peak times it can take up to 20 minutes to get through", "up to 20 minutes", None, 20, "minute", "<=", "phone line at peak times", "wait to get through", "duration")
aq = "You can cancel within 14 days of buying your policy"
cl(T, aq, "You can cancel within 14 days of buying your policy and we'll refund everything you've paid, as long as you haven't made a claim", "within 14 days", None, 14, "day", "<=", "policy cancellation with a full refund", "cooling-off period", "duration")

# team notes (10 answers)
aq = "Lifetime Classic carries a fixed excess of £99"
cl(M, aq, "Lifetime Classic carries a fixed excess of £99 on every claim, and it's taken off before we pay out", "£99", 99, 99, "GBP", "=", "Lifetime Classic", "excess per claim", "price")
aq = "The multi-pet discount is 15%"
cl(M, aq, "The multi-pet discount is 15% on each pet's premium, applied automatically when a second pet joins the same account", "15%", 15, 15, "%", "=", "multi-pet discount", "discount on each premium", "percentage")
aq = "For cats and most dogs, a co-payment applies from age 9"
cl(M, aq, "For cats and most dogs, a co-payment applies from age 9", "age 9", 9, 9, "year", "=", "cats and most dogs", "age the co-payment starts", "duration")
sq = "With a 20% co-payment on a £1,500 vet bill, the customer pays £250 and we pay the rest, leaving the excess aside"
cl(M, aq, sq, "20% co-payment", 20, 20, "%", "=", "co-payment", "customer share of a claim", "percentage")
cl(M, aq, sq, "£1,500", 1500, 1500, "GBP", "=", "example vet bill", "amount", "price")
cl(M, aq, sq, "£250", 250, 250, "GBP", "=", "customer on a £1,500 bill", "co-payment amount", "price")
aq = "(2022) VetLine video calls are included up to 6 times"
cl(M, aq, "(2022) VetLine video calls are included up to 6 times per policy year", "up to 6 times per policy year", None, 6, "calls/year", "<=", "VetLine video calls", "included calls per year", "limit")
aq = "As of 2025, Classic kitten cover is priced from £10.50"
cl(M, aq, "As of 2025, Classic kitten cover is priced from £10.50 a month, depending on postcode and breed", "from £10.50 a month", 10.5, None, "GBP/month", ">=", "Lifetime Classic for a kitten", "monthly premium", "price")
aq = "Trips within the EU are covered for up to 60 days"
cl(M, aq, "Trips within the EU are covered for up to 60 days at a time, as long as the pet travels with a valid animal health certificate", "up to 60 days", None, 60, "day", "<=", "trip within the EU", "length of trip covered", "limit")
aq = "We accept claims up to a year after the pet was treated"
cl(M, aq, "We accept claims up to a year after the pet was treated", "up to a year", None, 1, "year", "<=", "claims", "deadline after treatment", "limit")
aq = "An MRI scan usually costs around £2,000"
cl(M, aq, "An MRI scan usually costs around £2,000 including the anaesthetic, so it can use up a big share of a customer's limit", "around £2,000", 2000, 2000, "GBP", "~", "MRI scan", "typical cost", "price")
aq = "The lost-pet benefit used to be £500"
cl(M, aq, "The lost-pet benefit used to be £500 before the 2023 policy review", "£500", 500, 500, "GBP", "=", "lost-pet benefit before 2023", "amount", "price")
aq = "If a customer cancels after the 14-day cooling-off period"
sq = "If a customer cancels after the 14-day cooling-off period, we refund the unused premium minus a £25 admin fee"
cl(M, aq, sq, "14-day", 14, 14, "day", "=", "cooling-off period", "length", "duration")
cl(M, aq, sq, "£25", 25, 25, "GBP", "=", "late cancellation", "admin fee", "price")
aq = "Lifetime Classic pays up to £4,000"
cl(M, aq, "Lifetime Classic pays up to £4,000 in vet fees each policy year, and the limit resets at renewal", "up to £4,000", None, 4000, "GBP/year", "<=", "Lifetime Classic", "annual vet fee limit", "limit")

# help page (10 answers)
aq = "Accidents are covered from 48 hours"
cl(H, aq, "Accidents are covered from 48 hours after your policy starts, so a new pet is protected almost straight away", "48 hours", 48, 48, "hour", "=", "accident cover", "waiting period", "duration")
aq = "Yes. Illnesses that first show signs in the first 21 days"
cl(H, aq, "Illnesses that first show signs in the first 21 days of a new policy can't be claimed for, even if treatment carries on afterwards", "21 days", 21, 21, "day", "=", "illness cover", "waiting period", "duration")
aq = "New cover is available for pets aged 8 weeks to 10 years"
cl(H, aq, "New cover is available for pets aged 8 weeks to 10 years", "8 weeks", 8, None, "week", ">=", "new policy", "minimum age", "limit")
cl(H, aq, "New cover is available for pets aged 8 weeks to 10 years", "10 years", None, 10, "year", "<=", "new policy", "maximum age", "limit")
aq = "Lifetime Classic Plus has an £8,000 annual vet fee limit"
cl(H, aq, "Lifetime Classic Plus has an £8,000 annual vet fee limit, which resets every time you renew", "£8,000", None, 8000, "GBP/year", "<=", "Lifetime Classic Plus", "annual vet fee limit", "limit")
aq = "For dog owners on Premier"
cl(H, aq, "For dog owners on Premier, third-party liability cover goes up to £2 million", "up to £2 million", None, 2000000, "GBP", "<=", "Lifetime Premier dog cover", "third-party liability limit", "limit")
aq = "Since 2024, our Accident Only policy"
cl(H, aq, "Since 2024, our Accident Only policy has a £3,000 annual limit for vet treatment after an injury", "£3,000", None, 3000, "GBP/year", "<=", "Accident Only", "annual vet fee limit", "limit")
aq = "If your pet is lost or stolen"
cl(H, aq, "If your pet is lost or stolen, we pay up to £1,000 towards advertising and a reward for their safe return", "up to £1,000", None, 1000, "GBP", "<=", "lost-pet benefit", "amount", "limit")
aq = "Claims must reach us within 12 months"
cl(H, aq, "Claims must reach us within 12 months of the treatment date, so it's worth sending them in as soon as you can", "within 12 months", None, 12, "month", "<=", "claims", "deadline after treatment", "limit")
aq = "Yes, scans are covered up to your annual limit."
cl(H, aq, "For example, an MRI at a referral hospital might cost £3,000, so check how much of your limit is left", "£3,000", 3000, 3000, "GBP", "=", "MRI at a referral hospital", "cost", "price", True)
aq = "Your yearly cost is simply 12 monthly payments."
cl(H, aq, "Your yearly cost is simply 12 monthly payments", "12 monthly payments", 12, 12, "payments", "=", "yearly premium", "number of monthly payments", "count")
sq = "A monthly premium of £18.50 adds up to £212 over a full year"
cl(H, aq, sq, "£18.50", 18.5, 18.5, "GBP/month", "=", "example policy", "monthly premium", "price")
cl(H, aq, sq, "£212", 212, 212, "GBP/year", "=", "example policy", "yearly cost", "price")
aq = "Paying annually saves 5% on your premium."
cl(H, aq, "Paying annually saves 5% on your premium", "5%", 5, 5, "%", "=", "annual payment", "saving on premium", "percentage")
sq = "That means a £240 yearly premium becomes £228 if you pay it in one go"
cl(H, aq, sq, "£240", 240, 240, "GBP/year", "=", "example yearly premium", "price before the saving", "price")
cl(H, aq, sq, "£228", 228, 228, "GBP/year", "=", "example yearly premium paid in one go", "price after the saving", "price")
aq = "Most calls are answered within 3 minutes."
cl(H, aq, "Most calls are answered within 3 minutes", "within 3 minutes", None, 3, "minute", "<=", "phone calls", "time to answer", "duration")

# archive (8 answers)
aq = "We can't start a new policy for a pet over 8 years old"
cl(O, aq, "We can't start a new policy for a pet over 8 years old, but existing customers can renew for life", "over 8 years old", None, 8, "year", "<=", "new policy", "maximum age", "limit")
aq = "Yes. Insure more than one pet with us"
cl(O, aq, "Insure more than one pet with us and every policy gets 10% off", "10% off", 10, 10, "%", "=", "multi-pet discount", "discount on each policy", "percentage")
aq = "(2021) Accident Only cover pays up to £2,000"
cl(O, aq, "(2021) Accident Only cover pays up to £2,000 of vet fees per year for injuries such as broken bones, bites and swallowed objects", "up to £2,000 of vet fees per year", None, 2000, "GBP/year", "<=", "Accident Only", "annual vet fee limit", "limit")
aq = "(2021) Lifetime Classic cover for a kitten starts at £7.90"
cl(O, aq, "(2021) Lifetime Classic cover for a kitten starts at £7.90 a month", "£7.90 a month", 7.9, None, "GBP/month", ">=", "Lifetime Classic for a kitten", "monthly premium", "price")
aq = "Cruciate ligament problems have a 6-month waiting period"
cl(O, aq, "Cruciate ligament problems have a 6-month waiting period, because they often develop slowly before any limp is noticed", "6-month", 6, 6, "month", "=", "cruciate ligament problems", "waiting period", "duration")
aq = "Outside the EU, vet treatment abroad is covered"
cl(O, aq, "Outside the EU, vet treatment abroad is covered for trips of up to 30 days", "up to 30 days", None, 30, "day", "<=", "trip outside the EU", "length of trip covered", "limit")
aq = "Yes. A £300 annual premium paid monthly"
sq = "A £300 annual premium paid monthly works out at £25 a month by Direct Debit"
cl(O, aq, sq, "£300", 300, 300, "GBP/year", "=", "example annual premium", "price", "price")
cl(O, aq, sq, "£25 a month", 25, 25, "GBP/month", "=", "example annual premium paid monthly", "monthly payment", "price")
aq = "A typical claim is paid in about 7 working days"
cl(O, aq, "A typical claim is paid in about 7 working days from the day we receive it", "about 7 working days", 7, 7, "working day", "~", "typical claim", "time to pay", "duration")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(C)} claims")
