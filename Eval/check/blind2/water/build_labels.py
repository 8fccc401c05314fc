#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the water domain."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
H, R, M, A = "help-centre.txt", "rates-and-billing.html", "crew-and-desk-handbook.md", "conservation-archive.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 ("list", "The help centre says HCWA serves Quarry Hill as well as Harlow and Ferris Township, while the handbook limits the service area to Harlow and Ferris Township.",
  "HCWA service area", side(H, "in Harlow, Ferris Township and Quarry Hill"), side(M, "Our service area is limited to the City of Harlow and Ferris Township")),
 ("list", "The help centre accepts PayPal and Venmo for online bill payments, while the rates page limits online payments to card and e-check.",
  "online bill payment methods", side(H, "by card, bank draft, PayPal or Venmo through the MyHCWA portal"), side(R, "Online payments are accepted by credit or debit card and e-check only")),
 ("list", "The conservation archive offers rebates only for toilets, smart irrigation controllers and rain barrels, while the handbook adds high-efficiency washing machines.",
  "rebate-eligible products", side(A, "Rebates are offered only for WaterSense toilets, smart irrigation controllers and rain barrels"), side(M, "smart irrigation controllers, rain barrels and high-efficiency washing machines")),
 ("polarity", "The help centre says fluoride is added at 0.7 mg/L, while the handbook says the water is not fluoridated and the plant has no fluoride feed.",
  "fluoridation of the water supply", side(H, "We add fluoride at 0.7 mg/L"), side(M, "Harlow Creek water isn't fluoridated, and the Creekside plant has no fluoride feed equipment")),
 ("polarity", "The rates page says leak adjustments cover underground irrigation lines, while the handbook says irrigation leaks never qualify.",
  "leak adjustments for irrigation leaks", side(R, "Leak adjustments also cover underground irrigation lines"), side(M, "Irrigation system leaks never qualify for a leak adjustment")),
 ("polarity", "The help centre promises no residential disconnections for non-payment from November 1 to March 31, while the rates page says residential service can be shut off at any time of year.",
  "winter disconnection of residential service", side(H, "We never disconnect residential service for non-payment between November 1 and March 31"), side(R, "Residential accounts can be shut off for unpaid balances at any time of year")),
 ("numeric", "The help centre gives a $10 late fee, while the rates page gives a $15 late penalty for residential bills.",
  "residential late payment fee", side(H, "Payments received after the due date are charged a $10 late fee"), side(R, "A late penalty of $15 applies to any residential bill")),
 ("numeric", "The handbook allows one leak adjustment every 12 months, while the rates page allows two in any 12-month period.",
  "number of leak adjustments per 12 months", side(M, "Customers may receive one leak adjustment every 12 months"), side(R, "A household can receive two leak adjustments in any 12-month period")),
 ("numeric", "The handbook says bills are due 21 days after the bill date, while the rates page says payment is due within 30 days of the billing date.",
  "bill payment due period", side(M, "Bills are due 21 days after the bill date"), side(R, "payment is due within 30 days of the billing date")),
 ("numeric", "The help centre gives an $18.40 monthly base charge for a 5/8-inch meter, while the rates page lists $21.40 for the 5/8″ meter.",
  "5/8-inch meter monthly base charge", side(H, "Residential accounts with a 5/8-inch meter pay a monthly base charge of $18.40"), side(R, "5/8″ meter: $21.40 per month")),
 ("arithmetic", "10 CCF at 748 gallons per CCF is 7,480 gallons, not about 6,480.",
  "CCF to gallons conversion", side(H, "One CCF equals 748 gallons"), side(H, "so 10 CCF is about 6,480 gallons")),
 ("arithmetic", "A rise from $4.10 to $4.51 is a 10% increase, not 12%.",
  "2024 Tier 1 usage charge increase", side(R, "rose from $4.10 to $4.51 per 1,000 gallons"), side(R, "That works out to a 12% increase")),
 ("arithmetic", "$1.50 a month over 12 monthly bills is $18 a year, not $24.",
  "EasyPay yearly saving", side(H, "EasyPay customers get a $1.50 monthly discount"), side(H, "which adds up to $24 a year")),
 ("stale", "A 2021 answer gives a $75 toilet rebate, while a 2024 answer gives $100 per WaterSense toilet.",
  "WaterSense toilet rebate", side(A, "(2021) The toilet rebate is $75 for each WaterSense-labelled toilet"), side(H, "Updated 2024: you can get a rebate of $100 per WaterSense toilet")),
 ("stale", "A 2022 answer allows lawn watering three days a week, while a 2025 answer limits outdoor watering to two days a week.",
  "outdoor watering days per week", side(A, "(2022) Lawn watering is permitted on three days each week"), side(H, "As of 2025, outdoor watering is limited to two days per week")),
 ("stale", "A 2020 note gives a $50 reconnect fee, while a 2024 answer says restoring service after a non-payment shutoff costs $65 in business hours.",
  "reconnection fee after non-payment shutoff", side(M, "(2020) The reconnect fee is $50, collected before the crew is dispatched"), side(H, "As of 2024, restoring service after a shutoff for non-payment costs $65")),
]

traps = [
 ("Different meter sizes: $18.40 is the 5/8-inch base charge and $31.20 the 1-inch base charge.",
  side(H, "a monthly base charge of $18.40, which covers meter reading"), side(M, "served by a 1-inch meter, which carries a base charge of $31.20")),
 ("Different regions: $4.51 per 1,000 gallons is the city Tier 1 rate; Ferris Township pays 1.5 times that, $6.77.",
  side(R, "$4.51 per 1,000 gallons for the first 6,000 gallons"), side(R, "Tier 1 water costs $6.77 per 1,000 gallons there")),
 ("Similarly named products: EasyPay (autopay) has the $1.50 discount, EasyPlan (budget billing) has none.",
  side(R, "EasyPay autopay gives a discount of $1.50 on every monthly bill"), side(M, "EasyPlan does not come with any discount")),
 ("Same value in other units: 8 grains per gallon is about 137 mg/L.",
  side(H, "hardness of around 137 mg/L as calcium carbonate"), side(M, "Hardness averages about 8 grains per gallon")),
 ("Correct computation: 6 × $4.51 = $27.06 and $24.10 + $27.06 = $51.16.",
  side(H, "the $24.10 base charge plus 6 × $4.51 = $27.06 for water"), side(H, "or $51.16 in total before sewer charges")),
 ("Correct percentage: 20% off $31.20 is $24.96.",
  side(M, "get 20% off the base charge"), side(M, "the base charge drops from $31.20 to $24.96 a month")),
 ("The 65 psi seen on Ridge Road lies inside the 40-80 psi system range.",
  side(H, "Water pressure across our system is kept between 40 and 80 psi"), side(M, "A typical home on Ridge Road sees about 65 psi at the meter")),
 ("12,000 gallons is a hedged example of a pool-filling month, not the household average of 5,500 gallons.",
  side(H, "If you use, say, 12,000 gallons in a month while filling a pool"), side(M, "The average Harlow household uses about 5,500 gallons a month")),
 ("The 50% cost share is explicitly the former rule; replacement is now free in both files.",
  side(M, "Homeowners used to pay 50% of the private-side cost"), side(H, "Lead service line replacement is free for homeowners")),
 ("'Up to 8 hours' is a maximum outage, while about 4 hours is the typical repair time.",
  side(H, "service to nearby homes can be off for up to 8 hours"), side(M, "Most main break repairs are finished in about 4 hours")),
 ("The in-person payment list is open ('include'), so Harlow Grocers taking payments is consistent.",
  side(R, "In-person payment locations include City Hall and the drop box"), side(M, "Harlow Grocers on Mill Road also takes HCWA payments")),
 ("The same 30-day repair rule stated in both directions.",
  side(R, "the leak must be repaired within 30 days of our leak notice"), side(H, "A leak that is fixed more than 30 days after our notice")),
 ("Different assemblies: irrigation backflow preventers are tested yearly, fire-line assemblies every 6 months.",
  side(A, "Irrigation backflow preventers must pass a test once every year"), side(M, "Fire-line backflow assemblies must be tested every 6 months")),
 ("Different customer types: tenants pay a $100 deposit, property owners pay none.",
  side(H, "tenants pay a refundable $100 deposit"), side(M, "Property owners are not charged a deposit when they open an account")),
 ("Different condition: $65 is the business-hours reconnection fee, $120 the after-hours fee.",
  side(H, "costs $65 during business hours"), side(M, "Reconnection outside business hours, including weekends and holidays, costs $120")),
 ("Correct computation: 200 gallons a day over 30 days is 6,000 gallons.",
  side(A, "A silent toilet leak can waste 200 gallons a day"), side(A, "which comes to about 6,000 gallons over a 30-day month")),
 ("Correct computation: two barrels at $35 each is $70.",
  side(A, "Yes, $35 per barrel, for up to two barrels per address"), side(A, "a household that buys two barrels receives $70 back")),
 ("Correct percentage: 20% to 40% of 10,000 gallons is 2,000 to 4,000 gallons.",
  side(A, "A smart controller typically cuts outdoor water use by 20% to 40%"), side(A, "could save 2,000 to 4,000 gallons")),
]

labels = {
 "domain": "Harlow Creek Water Authority (HCWA), a fictional municipal water utility serving the City of Harlow and Ferris Township: rates and billing, payments, leak adjustments, water quality, pressure and outages, lead service lines, watering rules and conservation rebates.",
 "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
json.dump(labels, open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8"), indent=1, ensure_ascii=False)

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

aq = "Harlow Creek Water Authority supplies drinking water to about 14,200"
sq = "Harlow Creek Water Authority supplies drinking water to about 14,200 homes and businesses in Harlow, Ferris Township and Quarry Hill"
cl(H, aq, sq, "about 14,200 homes and businesses", 14200, 14200, "connections", "~", "HCWA", "number of customers served", "count")

aq = "Payments received after the due date are charged a $10 late fee"
cl(H, aq, "Payments received after the due date are charged a $10 late fee", "$10", 10, 10, "USD", "=", "residential bill", "late fee", "price")
cl(H, aq, "If you are struggling to pay, call us before the due date and we can set up a payment arrangement of up to 6 months", "up to 6 months", None, 6, "month", "<=", "payment arrangement", "maximum length", "duration")

aq = "Residential accounts with a 5/8-inch meter pay a monthly base charge"
sq = "Residential accounts with a 5/8-inch meter pay a monthly base charge of $18.40, which covers meter reading, billing and a share of the cost of maintaining the distribution system"
cl(H, aq, sq, "$18.40", 18.40, 18.40, "USD/month", "=", "5/8-inch meter", "monthly base charge", "price")

aq = "Here is how a bill adds up."
sq = "For example, a home on a 3/4-inch meter that uses 6,000 gallons in a month pays the $24.10 base charge plus 6 × $4.51 = $27.06 for water, or $51.16 in total before sewer charges"
cl(H, aq, sq, "6,000 gallons", 6000, 6000, "gal/month", "=", "example home", "monthly water use", "other", True)
cl(H, aq, sq, "$24.10", 24.10, 24.10, "USD/month", "=", "3/4-inch meter", "monthly base charge", "price", True)
cl(H, aq, sq, "$4.51", 4.51, 4.51, "USD/1000 gal", "=", "Tier 1 water", "usage rate", "rate", True)
cl(H, aq, sq, "$27.06", 27.06, 27.06, "USD", "=", "example home", "water usage charge", "price", True)
cl(H, aq, sq, "$51.16", 51.16, 51.16, "USD", "=", "example home", "monthly bill before sewer", "price", True)

aq = "Water use above 6,000 gallons a month is billed at the Tier 2 rate"
cl(H, aq, "Water use above 6,000 gallons a month is billed at the Tier 2 rate", "above 6,000 gallons a month", 6000, None, "gal/month", ">", "Tier 2 water", "usage threshold", "limit")
sq = "If you use, say, 12,000 gallons in a month while filling a pool, the first 6,000 gallons are billed at Tier 1 and the remaining 6,000 gallons at Tier 2"
cl(H, aq, sq, "12,000 gallons", 12000, 12000, "gal/month", "=", "example pool-filling month", "monthly water use", "other", True)
cl(H, aq, sq, "the first 6,000 gallons", None, 6000, "gal", "<=", "Tier 1 water", "volume billed at Tier 1", "limit", True)
cl(H, aq, sq, "the remaining 6,000 gallons", 6000, 6000, "gal", "=", "example pool-filling month", "volume billed at Tier 2", "other", True)

aq = "Sign up for EasyPay and your bill is paid automatically"
cl(H, aq, "EasyPay customers get a $1.50 monthly discount, which adds up to $24 a year", "$1.50", 1.50, 1.50, "USD/month", "=", "EasyPay", "monthly discount", "price")
cl(H, aq, "EasyPay customers get a $1.50 monthly discount, which adds up to $24 a year", "$24 a year", 24, 24, "USD/year", "=", "EasyPay", "yearly discount", "price")

aq = "When a water main breaks, service to nearby homes can be off"
cl(H, aq, "When a water main breaks, service to nearby homes can be off for up to 8 hours while crews dig, repair and flush the line", "up to 8 hours", None, 8, "hour", "<=", "main break outage", "outage duration", "duration")

aq = "To start service, apply in MyHCWA at least 3 business days"
cl(H, aq, "To start service, apply in MyHCWA at least 3 business days before your move-in date", "at least 3 business days", 3, None, "business day", ">=", "start of service application", "lead time before move-in", "duration")
cl(H, aq, "There is a $25 start-of-service fee, and tenants pay a refundable $100 deposit", "$25", 25, 25, "USD", "=", "start of service", "fee", "price")
cl(H, aq, "There is a $25 start-of-service fee, and tenants pay a refundable $100 deposit", "$100", 100, 100, "USD", "=", "tenant account", "deposit", "price")

aq = "Your smart meter measures water in gallons"
cl(H, aq, "One CCF equals 748 gallons, so 10 CCF is about 6,480 gallons", "748 gallons", 748, 748, "gal", "=", "CCF", "gallons per CCF", "other")
cl(H, aq, "One CCF equals 748 gallons, so 10 CCF is about 6,480 gallons", "10 CCF", 10, 10, "CCF", "=", "usage of 10 CCF", "volume", "other")
cl(H, aq, "One CCF equals 748 gallons, so 10 CCF is about 6,480 gallons", "about 6,480 gallons", 6480, 6480, "gal", "~", "usage of 10 CCF", "volume", "other")

# rates page
aq = "Bills are issued monthly, and payment is due within 30 days"
cl(R, aq, "Bills are issued monthly, and payment is due within 30 days of the billing date", "within 30 days", None, 30, "day", "<=", "water bill", "payment due period", "duration")

aq = "Every account pays a base charge that depends on the size of the meter"
for li, size, price in [("5/8″ meter: $21.40 per month", 0.625, 21.40), ("3/4″ meter: $24.10 per month", 0.75, 24.10),
                         ("1-inch meter: $31.20 per month", 1, 31.20), ("1½-inch meter: $58.00 per month", 1.5, 58.00),
                         ("2-inch meter: $92.50 per month", 2, 92.50)]:
    label = li.split(":")[0]
    cl(R, aq, li, li.split(": ")[1], price, price, "USD/month", "=", label, "monthly base charge", "price")

aq = "Inside the city, water use is charged in three tiers"
sq = "Inside the city, water use is charged in three tiers: $4.51 per 1,000 gallons for the first 6,000 gallons, $5.90 per 1,000 gallons from 6,001 to 15,000 gallons, and $7.80 per 1,000 gallons above 15,000 gallons"
cl(R, aq, sq, "three tiers", 3, 3, "", "=", "city water rates", "number of tiers", "count")
cl(R, aq, sq, "$4.51 per 1,000 gallons", 4.51, 4.51, "USD/1000 gal", "=", "city Tier 1 water", "usage rate", "rate")
cl(R, aq, sq, "the first 6,000 gallons", None, 6000, "gal", "<=", "city Tier 1 water", "tier band", "limit")
cl(R, aq, sq, "$5.90 per 1,000 gallons", 5.90, 5.90, "USD/1000 gal", "=", "city Tier 2 water", "usage rate", "rate")
cl(R, aq, sq, "from 6,001 to 15,000 gallons", 6001, 15000, "gal", "=", "city Tier 2 water", "tier band", "limit")
cl(R, aq, sq, "$7.80 per 1,000 gallons", 7.80, 7.80, "USD/1000 gal", "=", "city Tier 3 water", "usage rate", "rate")
cl(R, aq, sq, "above 15,000 gallons", 15000, None, "gal", ">", "city Tier 3 water", "tier band", "limit")

aq = "Customers in Ferris Township pay 1.5 times the city usage rates"
sq = "Customers in Ferris Township pay 1.5 times the city usage rates, so Tier 1 water costs $6.77 per 1,000 gallons there"
cl(R, aq, sq, "1.5 times", 1.5, 1.5, "x", "=", "Ferris Township usage rates", "multiple of city rates", "ratio")
cl(R, aq, sq, "$6.77 per 1,000 gallons", 6.77, 6.77, "USD/1000 gal", "=", "Ferris Township Tier 1 water", "usage rate", "rate")

aq = "In January 2024 the Tier 1 usage charge rose"
cl(R, aq, "In January 2024 the Tier 1 usage charge rose from $4.10 to $4.51 per 1,000 gallons", "$4.10", 4.10, 4.10, "USD/1000 gal", "=", "city Tier 1 water", "usage rate before 2024", "rate")
cl(R, aq, "In January 2024 the Tier 1 usage charge rose from $4.10 to $4.51 per 1,000 gallons", "$4.51 per 1,000 gallons", 4.51, 4.51, "USD/1000 gal", "=", "city Tier 1 water", "usage rate", "rate")
cl(R, aq, "That works out to a 12% increase, and it pays for the rebuild of the Creekside filters and for our lead service line programme", "12%", 12, 12, "%", "=", "2024 Tier 1 rate change", "increase", "percentage")

aq = "A late penalty of $15 applies"
cl(R, aq, "A late penalty of $15 applies to any residential bill not paid by the due date", "$15", 15, 15, "USD", "=", "residential bill", "late fee", "price")
cl(R, aq, "If the balance is still unpaid 14 days after we mail a final notice, service may be disconnected", "14 days", 14, 14, "day", "=", "final notice", "time before disconnection", "duration")

aq = "Yes. A household can receive two leak adjustments"
cl(R, aq, "A household can receive two leak adjustments in any 12-month period", "two", None, 2, "", "<=", "household", "leak adjustments per 12 months", "count")
cl(R, aq, "A household can receive two leak adjustments in any 12-month period", "12-month period", 12, 12, "month", "=", "leak adjustment limit", "period", "duration")
sq = "The credit is 50% of the water used above your normal monthly average, and the leak must be repaired within 30 days of our leak notice"
cl(R, aq, sq, "50%", 50, 50, "%", "=", "leak adjustment", "credit as share of excess use", "percentage")
cl(R, aq, sq, "within 30 days", None, 30, "day", "<=", "leak repair", "repair deadline after notice", "duration")
cl(R, aq, "Apply within 60 days of the bill that shows the high use", "within 60 days", None, 60, "day", "<=", "leak adjustment application", "application deadline", "duration")

aq = "Sewer is billed at $6.25 per 1,000 gallons"
cl(R, aq, "Sewer is billed at $6.25 per 1,000 gallons of your winter average, which is the average monthly water use on your December, January and February bills", "$6.25 per 1,000 gallons", 6.25, 6.25, "USD/1000 gal", "=", "sewer", "usage rate", "rate")

# handbook
aq = "Hardness averages about 8 grains per gallon"
cl(M, aq, "Hardness averages about 8 grains per gallon", "about 8 grains per gallon", 8, 8, "gpg", "~", "HCWA water", "hardness", "other")
cl(M, aq, "Customers setting up a softener can use that figure; it has stayed within one grain of it for the last five years", "within one grain", None, 1, "gpg", "<=", "HCWA water hardness", "variation", "other")
cl(M, aq, "Customers setting up a softener can use that figure; it has stayed within one grain of it for the last five years", "the last five years", 5, 5, "year", "=", "hardness record", "period", "duration")

aq = "Customers aged 65 or older, and households enrolled in LIHEAP"
cl(M, aq, "Customers aged 65 or older, and households enrolled in LIHEAP, get 20% off the base charge", "65 or older", 65, None, "year", ">=", "senior discount", "eligible age", "other")
cl(M, aq, "Customers aged 65 or older, and households enrolled in LIHEAP, get 20% off the base charge", "20%", 20, 20, "%", "=", "senior and low-income discount", "discount on base charge", "percentage")
cl(M, aq, "On a 1-inch meter, for example, the base charge drops from $31.20 to $24.96 a month", "$31.20", 31.20, 31.20, "USD/month", "=", "1-inch meter", "monthly base charge", "price", True)
cl(M, aq, "On a 1-inch meter, for example, the base charge drops from $31.20 to $24.96 a month", "$24.96 a month", 24.96, 24.96, "USD/month", "=", "1-inch meter with senior discount", "monthly base charge", "price", True)

aq = "The average Harlow household uses about 5,500 gallons a month"
cl(M, aq, "The average Harlow household uses about 5,500 gallons a month", "about 5,500 gallons a month", 5500, 5500, "gal/month", "~", "average Harlow household", "monthly water use", "other")
cl(M, aq, "Anything over 10,000 gallons on a single-family home usually points to a leak or heavy irrigation", "over 10,000 gallons", 10000, None, "gal/month", ">", "single-family home", "monthly use suggesting a leak", "other")

aq = "Homeowners used to pay 50% of the private-side cost"
cl(M, aq, "Homeowners used to pay 50% of the private-side cost of a lead line replacement", "50%", 50, 50, "%", "=", "lead line replacement", "former homeowner cost share", "percentage")
cl(M, aq, "There are 1,150 lead lines left to replace, and the target is to finish by 2030", "1,150 lead lines", 1150, 1150, "lines", "=", "lead service lines", "number remaining", "count")

aq = "Tenants pay a $100 deposit"
cl(M, aq, "Tenants pay a $100 deposit, which is refunded after 12 months of on-time payments", "$100", 100, 100, "USD", "=", "tenant account", "deposit", "price")
cl(M, aq, "Tenants pay a $100 deposit, which is refunded after 12 months of on-time payments", "12 months", 12, 12, "month", "=", "tenant deposit", "on-time payment period before refund", "duration")


# archive
aq = "(2021) The toilet rebate is $75"
sq = "(2021) The toilet rebate is $75 for each WaterSense-labelled toilet that replaces a model using 3.5 gallons per flush or more"
cl(A, aq, sq, "$75", 75, 75, "USD", "=", "WaterSense toilet", "rebate per toilet", "price")
cl(A, aq, sq, "3.5 gallons per flush or more", 3.5, None, "gal/flush", ">=", "replaced toilet", "flush volume", "other")

aq = "Smart irrigation controller rebates cover 50% of the purchase price"
cl(A, aq, "Smart irrigation controller rebates cover 50% of the purchase price, up to $150 per address", "50%", 50, 50, "%", "=", "smart irrigation controller rebate", "share of purchase price", "percentage")
cl(A, aq, "Smart irrigation controller rebates cover 50% of the purchase price, up to $150 per address", "up to $150", None, 150, "USD", "<=", "smart irrigation controller rebate", "maximum rebate per address", "price")

aq = "Yes, $35 per barrel"
sq = "Yes, $35 per barrel, for up to two barrels per address, so a household that buys two barrels receives $70 back"
cl(A, aq, sq, "$35 per barrel", 35, 35, "USD", "=", "rain barrel", "rebate per barrel", "price")
cl(A, aq, sq, "up to two barrels", None, 2, "barrels", "<=", "rain barrel rebate", "barrels per address", "count")
cl(A, aq, sq, "$70", 70, 70, "USD", "=", "household buying two barrels", "total rebate", "price")

aq = "A silent toilet leak can waste 200 gallons a day"
sq = "A silent toilet leak can waste 200 gallons a day, which comes to about 6,000 gallons over a 30-day month"
cl(A, aq, sq, "200 gallons a day", None, 200, "gal/day", "<=", "silent toilet leak", "water wasted per day", "other")
cl(A, aq, sq, "about 6,000 gallons", 6000, 6000, "gal", "~", "silent toilet leak", "water wasted per month", "other")
cl(A, aq, sq, "30-day month", 30, 30, "day", "=", "month", "length", "duration")
cl(A, aq, "Put a few drops of food colouring in the tank; if colour shows in the bowl within 15 minutes, the flapper is leaking", "within 15 minutes", None, 15, "min", "<=", "toilet dye test", "waiting time", "duration")

aq = "A smart controller typically cuts outdoor water use"
cl(A, aq, "A smart controller typically cuts outdoor water use by 20% to 40%", "20% to 40%", 20, 40, "%", "=", "smart controller", "outdoor water saving", "percentage")
sq = "For example, a yard that uses 10,000 gallons a month could save 2,000 to 4,000 gallons"
cl(A, aq, sq, "10,000 gallons a month", 10000, 10000, "gal/month", "=", "example yard", "outdoor water use", "other", True)
cl(A, aq, sq, "2,000 to 4,000 gallons", 2000, 4000, "gal/month", "=", "example yard", "water saved", "other", True)

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(labels["conflicts"]), "conflicts", len(labels["traps"]), "traps", len(C), "claims")
