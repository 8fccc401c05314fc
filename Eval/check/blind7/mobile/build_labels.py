#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the mobile domain (Saltbush Mobile, an Australian MVNO),
then checks every quote against the corpus: each quote occurs verbatim exactly once in its file,
sits inside exactly one answer, has 5-15 words, and (in HTML) crosses no tag and holds no entity."""
import html, json, os, re, sys
from itertools import combinations

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
T, M, H, J = "help-answers.txt", "support-handbook.md", "help-centre.html", "kb-export.json"


def side(f, q): return {"file": f, "quote": q}


conflicts = [
 # list
 ("list", "The customer answers say eSIM works on iPhone, Google Pixel and Samsung Galaxy phones, while the support handbook limits eSIM activation to iPhone and Pixel and sends Galaxy owners a physical SIM.",
  "phones that can use a Saltbush eSIM",
  side(T, "An eSIM works with three families of phones: iPhone, Google Pixel and Samsung Galaxy"),
  side(M, "eSIM activation is limited to iPhone and Pixel handsets")),
 ("list", "The help centre lists five countries for the Asia Roaming Pack, including Vietnam, while the knowledge base says the Asia add-on is valid in four countries only.",
  "countries where the Asia roaming pack works",
  side(H, "The Asia Roaming Pack works in Japan, Singapore, Thailand, Indonesia and Vietnam"),
  side(J, "Our Asia travel add-on is valid in Japan, Singapore, Thailand and Indonesia only")),
 ("list", "The handbook accepts card, PayPal, BPAY or direct debit, while the knowledge base says bills can only be paid by card or direct debit.",
  "ways to pay a Saltbush bill",
  side(M, "Customers can settle a bill by card, PayPal, BPAY or direct debit"),
  side(J, "Your monthly charges can only be paid by card or direct debit")),
 # polarity
 ("polarity", "The customer answers say personal hotspot works on every plan including prepaid, while the help centre says tethering isn't available on prepaid recharges.",
  "hotspot / tethering on prepaid",
  side(T, "personal hotspot works on every plan we sell, prepaid included"),
  side(H, "Tethering a laptop or tablet isn't available on prepaid recharges")),
 ("polarity", "The help centre says Wi-Fi Calling is included on every plan, while the handbook says calling over Wi-Fi isn't supported yet.",
  "Wi-Fi Calling support",
  side(H, "Wi-Fi Calling is included on every Saltbush plan at no extra cost"),
  side(M, "We don't support calling over Wi-Fi yet")),
 ("polarity", "The knowledge base says unused data rolls over to the next month, while the customer answers say unused gigabytes are lost when the new billing month starts.",
  "data rollover",
  side(J, "Unused data rolls over to the next month"),
  side(T, "Any gigabytes you don't use are lost when your new billing month starts")),
 # numeric
 ("numeric", "The help centre caps Freedom Max at 1.5Mbps once the full-speed data is used, while the handbook says it is throttled to 1Mbps.",
  "Freedom Max speed after the full-speed allowance",
  side(H, "Freedom Max speeds are capped at 1.5Mbps after your first 200GB each month"),
  side(M, "Once a Freedom Max service uses up its full-speed data, it's throttled to 1Mbps")),
 ("numeric", "The customer answers give Freedom 300 international minutes a month, while the knowledge base gives a 500-minute monthly allowance for calls to other countries.",
  "international call minutes included with Freedom",
  side(T, "Freedom includes 300 minutes of international calls each month"),
  side(J, "Freedom plan customers get a 500-minute monthly allowance for calls to other countries")),
 ("numeric", "The customer answers price a replacement SIM at $5, while the help centre charges $10 for a new physical SIM to replace a lost or damaged one.",
  "price of a replacement SIM",
  side(T, "A replacement SIM card costs $5 and we'll post it"),
  side(H, "A new physical SIM to replace a lost or damaged one is $10")),
 ("numeric", "The handbook requires customers to be 18 or over for a postpaid account, while the knowledge base lets customers aged 16 and up sign a post-paid plan.",
  "minimum age for a postpaid plan",
  side(M, "You must be 18 or over to open a postpaid account"),
  side(J, "Customers aged 16 and up can sign up for a post-paid plan")),
 # arithmetic (inside one answer: side A the inputs, side B the wrong result)
 ("arithmetic", "12 x $35 is $420, not $410.",
  "cost of a year on Essential Plus at $35 a month",
  side(T, "Staying on Essential Plus for a full year? 12 monthly payments of $35"),
  side(T, "come to $410 in total")),
 ("arithmetic", "15% off $50 is $42.50, not $41.50.",
  "Freedom price with the 12-month term discount",
  side(H, "A 12-month term takes 15% off the price, so the $50 Freedom plan"),
  side(H, "drops to $41.50 a month")),
 ("arithmetic", "$1,188 over 24 months is $49.50 a month, not $51.50.",
  "monthly repayment on a $1,188 handset over 24 months",
  side(J, "Spread a $1,188 handset over 24 months"),
  side(J, "and you'll pay $51.50 a month, interest free")),
 # stale
 ("stale", "A 2022 note prices the Essential plan at $25 a month, while a 2025 answer gives $28 a month.",
  "monthly price of the Essential plan",
  side(M, "(2022) The Essential plan is $25 a month"),
  side(H, "As of 2025, our entry-level Essential plan costs $28 per month")),
 ("stale", "A 2023 answer prices a Roaming Day Pass at $10 a day, while a 2025 note charges $12 a day.",
  "daily price of a roaming day pass",
  side(J, "(2023) A Roaming Day Pass costs $10 per day"),
  side(M, "Since 2025, travel day passes are charged at $12 for each day")),
 ("stale", "A 2022 answer says 5G reaches 75% of the population, while a 2025 answer says 90% of Australians.",
  "share of the population covered by 5G",
  side(J, "(2022) 5G coverage reaches 75% of the Australian population"),
  side(T, "As of 2025, our 5G signal reaches areas where 90% of Australians live")),
]

traps = [
 ("Different plan: the 10GB hotspot cap is for Essential, the 40GB hotspot allowance for Freedom.",
  side(M, "On Essential, hotspot use is capped at 10GB a month"),
  side(J, "Freedom customers can use up to 40GB of their data as a personal hotspot")),
 ("Different region: a Day Pass gives 2GB in Zone 1 destinations and 1GB in Zone 2 countries.",
  side(T, "In Zone 1 destinations, each Day Pass gives you 2GB of data"),
  side(H, "In Zone 2 countries, each Day Pass comes with 1GB of data")),
 ("Different condition: ports from a prepaid service usually finish within 1 hour; a postpaid number can take up to 2 business days.",
  side(J, "Most ports from a prepaid service finish within 1 hour"),
  side(M, "Moving a postpaid number across can take up to 2 business days")),
 ("Different size: the 5GB boost costs $10, the 20GB boost $25.",
  side(H, "A 5GB data boost costs $10 and is added to your service"),
  side(T, "A 20GB data boost is $25 and stays on your service for 30 days")),
 ("Similarly named plans: Essential has 25GB a month, Essential Plus 45GB.",
  side(T, "Essential comes with 25GB of data a month"),
  side(H, "With Essential Plus you get 45GB of data every month")),
 ("Same value in other units: the low-data alert at 1GB left is the alert at 1,024MB.",
  side(T, "We'll send you a text when you've got 1GB of data left"),
  side(M, "The low-data SMS fires automatically when the remaining balance drops to 1,024MB")),
 ("Correct computation: $150 / 12 = $12.50 a month.",
  side(M, "Long Expiry 365 is a single $150 recharge that lasts 365 days"),
  side(M, "Spread across 12 months, that's $12.50 a month")),
 ("Correct percentage: 20% off $900 is $720.",
  side(J, "Existing customers upgrading get 20% off selected handsets"),
  side(J, "so a $900 phone costs $720")),
 ("The typical 15 minutes lies inside the 5 to 30 minute range for eSIM setup.",
  side(H, "Setting up an eSIM usually takes 5 to 30 minutes"),
  side(T, "Most eSIMs are active in about 15 minutes once you've scanned the code")),
 ("2GB is a hedged example for an HD call ('For example ... might'), not the average 1GB an hour for video calls.",
  side(H, "For example, a one-hour video call in HD might use 2GB"),
  side(M, "Video calls use about 1GB an hour on average")),
 ("The 60GB Freedom allowance is explicitly the pre-March 2024 value; 100GB is current.",
  side(M, "Freedom used to include 60GB before the March 2024 plan refresh"),
  side(J, "Freedom includes 100GB of data a month, with 5G access")),
 ("'Up to 600Mbps' is the best case in ideal conditions; around 180Mbps is the typical city speed.",
  side(J, "On 5G, download speeds can reach up to 600Mbps in ideal conditions"),
  side(H, "Typical 5G download speeds in capital cities are around 180Mbps")),
 ("The list of 20 countries is open ('including'), so the Philippines being included is consistent.",
  side(M, "Included international minutes cover 20 countries, including the UK, India, China and New Zealand"),
  side(H, "Calls to the Philippines come out of your included international minutes")),
 ("The same 30-day change-of-mind return rule stated in both directions.",
  side(H, "Return it within 30 days in its original packaging for a full refund"),
  side(J, "After 30 days, we can't accept change-of-mind returns on handsets")),
]

DOMAIN = ("Saltbush Mobile, a fictional Australian mobile virtual network operator (AUD): SIM-only plans Essential, "
          "Essential Plus, Freedom and Freedom Max, prepaid and Long Expiry 365 recharges, data allowances, boosts, "
          "rollover and speed caps, hotspot rules, roaming day passes and the Asia Roaming Pack, international calls, "
          "eSIM support by device, SIM replacement, number porting, Wi-Fi Calling, 5G coverage and speeds, eligibility, "
          "billing and payment, device repayments and returns.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})

# ---- claims: every numeric claim in the listed answers
C = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    C.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
              "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# customer answers (10 answers)
aq = "An eSIM works with three families of phones"
cl(T, aq, "An eSIM works with three families of phones: iPhone, Google Pixel and Samsung Galaxy", "three families of phones", 3, 3, "phone families", "=", "eSIM", "number of supported phone families", "count")
aq = "Freedom includes 300 minutes"
cl(T, aq, "Freedom includes 300 minutes of international calls each month, on top of unlimited standard calls and texts within Australia", "300 minutes", 300, 300, "minute/month", "=", "Freedom plan", "included international call minutes", "count")
aq = "Lost your SIM?"
cl(T, aq, "A replacement SIM card costs $5 and we'll post it to the address on your account", "$5", 5, 5, "AUD", "=", "replacement SIM card", "price", "price")
aq = "Staying on Essential Plus for a full year?"
sq = "12 monthly payments of $35 come to $410 in total, and you can still leave whenever you like"
cl(T, aq, sq, "12 monthly payments", 12, 12, "payments", "=", "a year on Essential Plus", "number of monthly payments", "count")
cl(T, aq, sq, "$35", 35, 35, "AUD/month", "=", "Essential Plus", "monthly price", "price")
cl(T, aq, sq, "$410", 410, 410, "AUD", "=", "a year on Essential Plus", "total cost", "price")
aq = "Heading overseas?"
cl(T, aq, "In Zone 1 destinations, each Day Pass gives you 2GB of data, plus unlimited calls and texts back home to Australia", "2GB", 2, 2, "GB/day", "=", "Day Pass in Zone 1", "data included per day", "data")
aq = "Running low?"
sq = "A 20GB data boost is $25 and stays on your service for 30 days"
cl(T, aq, sq, "20GB", 20, 20, "GB", "=", "20GB data boost", "data in the boost", "data")
cl(T, aq, sq, "$25", 25, 25, "AUD", "=", "20GB data boost", "price", "price")
cl(T, aq, sq, "30 days", 30, 30, "day", "=", "20GB data boost", "validity", "duration")
aq = "Essential comes with 25GB"
cl(T, aq, "Essential comes with 25GB of data a month, which suits most people who stream on Wi-Fi at home", "25GB", 25, 25, "GB/month", "=", "Essential plan", "monthly data allowance", "data")
aq = "We'll send you a text when you've got 1GB"
cl(T, aq, "We'll send you a text when you've got 1GB of data left for the month, and another one when it's all gone", "1GB", 1, 1, "GB", "=", "low-data text alert", "remaining data that triggers the alert", "data")
aq = "Most eSIMs are active in about 15 minutes"
cl(T, aq, "Most eSIMs are active in about 15 minutes once you've scanned the code, but keep your old SIM in until you see signal", "about 15 minutes", 15, 15, "minute", "~", "eSIM", "activation time", "duration")
aq = "As of 2025, our 5G signal"
cl(T, aq, "As of 2025, our 5G signal reaches areas where 90% of Australians live, and we add new towns most months", "90%", 90, 90, "%", "=", "5G network", "share of the population covered", "percentage")

# support handbook (12 answers)
aq = "(2022) The Essential plan is $25 a month"
cl(M, aq, "(2022) The Essential plan is $25 a month, with no lock-in contract and no connection fee", "$25 a month", 25, 25, "AUD/month", "=", "Essential plan", "monthly price", "price")
aq = "Freedom Max has no excess usage charges."
cl(M, aq, "Once a Freedom Max service uses up its full-speed data, it's throttled to 1Mbps until the next bill date", "1Mbps", None, 1, "Mbps", "<=", "Freedom Max after its full-speed data", "speed cap", "speed")
aq = "Freedom used to include 60GB"
cl(M, aq, "Freedom used to include 60GB before the March 2024 plan refresh", "60GB", 60, 60, "GB/month", "=", "Freedom plan before March 2024", "monthly data allowance", "data")
aq = "Long Expiry 365 is a single $150 recharge"
sq = "Long Expiry 365 is a single $150 recharge that lasts 365 days"
cl(M, aq, sq, "$150", 150, 150, "AUD", "=", "Long Expiry 365 recharge", "price", "price")
cl(M, aq, sq, "365 days", 365, 365, "day", "=", "Long Expiry 365 recharge", "validity", "duration")
sq = "Spread across 12 months, that's $12.50 a month, which lands well with price-conscious callers"
cl(M, aq, sq, "12 months", 12, 12, "month", "=", "Long Expiry 365 recharge", "months the price is spread over", "duration")
cl(M, aq, sq, "$12.50 a month", 12.5, 12.5, "AUD/month", "=", "Long Expiry 365 recharge", "equivalent monthly cost", "price")
aq = "On Essential, hotspot use is capped at 10GB"
cl(M, aq, "On Essential, hotspot use is capped at 10GB a month", "10GB a month", None, 10, "GB/month", "<=", "Essential plan", "hotspot data cap", "data")
aq = "Handsets can go on interest-free repayments:"
sq = "terms of 12, 24 or 36 months"
cl(M, aq, sq, "12", 12, 12, "month", "=", "device repayment plan", "repayment term option", "duration")
cl(M, aq, sq, "24", 24, 24, "month", "=", "device repayment plan", "repayment term option", "duration")
cl(M, aq, sq, "36 months", 36, 36, "month", "=", "device repayment plan", "repayment term option", "duration")
cl(M, aq, "up to $2,500 of devices on one account", "up to $2,500", None, 2500, "AUD", "<=", "device repayments per account", "maximum device value", "limit")
aq = "Included international minutes cover 20 countries"
cl(M, aq, "Included international minutes cover 20 countries, including the UK, India, China and New Zealand", "20 countries", 20, 20, "countries", "=", "included international minutes", "number of countries covered", "count")
cl(M, aq, "Calls to anywhere else are charged from 25c a minute", "from 25c a minute", 25, None, "cent/minute", ">=", "international calls to other countries", "per-minute rate", "price")
aq = "You must be 18 or over"
cl(M, aq, "You must be 18 or over to open a postpaid account", "18 or over", 18, None, "year", ">=", "postpaid account", "minimum age", "limit")
aq = "The low-data SMS fires automatically"
cl(M, aq, "The low-data SMS fires automatically when the remaining balance drops to 1,024MB", "1,024MB", 1024, 1024, "MB", "=", "low-data SMS alert", "remaining data that triggers the alert", "data")
aq = "Moving a postpaid number across"
cl(M, aq, "Moving a postpaid number across can take up to 2 business days, depending on the losing carrier", "up to 2 business days", None, 2, "business day", "<=", "porting a postpaid number", "time to complete", "duration")
aq = "Since 2025, travel day passes"
cl(M, aq, "Since 2025, travel day passes are charged at $12 for each day the customer uses data, calls or texts abroad", "$12 for each day", 12, 12, "AUD/day", "=", "roaming day pass", "daily price", "price")
aq = "Video calls use about 1GB an hour"
cl(M, aq, "Video calls use about 1GB an hour on average", "about 1GB an hour", 1, 1, "GB/hour", "~", "video calls", "data use per hour", "data")
cl(M, aq, "music streaming: about 100MB an hour", "about 100MB an hour", 100, 100, "MB/hour", "~", "music streaming", "data use per hour", "data")
cl(M, aq, "web browsing and email: about 60MB an hour", "about 60MB an hour", 60, 60, "MB/hour", "~", "web browsing and email", "data use per hour", "data")
cl(M, aq, "standard-definition video: about 700MB an hour", "about 700MB an hour", 700, 700, "MB/hour", "~", "standard-definition video", "data use per hour", "data")

# help centre (12 answers)
aq = "As of 2025, our entry-level Essential plan"
cl(H, aq, "As of 2025, our entry-level Essential plan costs $28 per month", "$28 per month", 28, 28, "AUD/month", "=", "Essential plan", "monthly price", "price")
aq = "With Essential Plus you get 45GB"
cl(H, aq, "With Essential Plus you get 45GB of data every month, plus unlimited standard calls and texts in Australia", "45GB", 45, 45, "GB/month", "=", "Essential Plus plan", "monthly data allowance", "data")
aq = "Yes. A 12-month term takes 15% off"
sq = "A 12-month term takes 15% off the price, so the $50 Freedom plan drops to $41.50 a month"
cl(H, aq, sq, "12-month", 12, 12, "month", "=", "discounted term", "term length", "duration")
cl(H, aq, sq, "15%", 15, 15, "%", "=", "12-month term", "discount on the plan price", "percentage")
cl(H, aq, sq, "$50", 50, 50, "AUD/month", "=", "Freedom plan", "monthly price", "price")
cl(H, aq, sq, "$41.50 a month", 41.5, 41.5, "AUD/month", "=", "Freedom plan on a 12-month term", "discounted monthly price", "price")
aq = "Yes, there are no excess data charges."
sq = "Freedom Max speeds are capped at 1.5Mbps after your first 200GB each month, which is still fine for music, maps and messaging"
cl(H, aq, sq, "1.5Mbps", None, 1.5, "Mbps", "<=", "Freedom Max after its full-speed data", "speed cap", "speed")
cl(H, aq, sq, "200GB", 200, 200, "GB/month", "=", "Freedom Max", "full-speed data before the cap", "data")
aq = "A 5GB data boost costs $10"
sq = "A 5GB data boost costs $10 and is added to your service within a few minutes of buying it in the app"
cl(H, aq, sq, "5GB", 5, 5, "GB", "=", "5GB data boost", "data in the boost", "data")
cl(H, aq, sq, "$10", 10, 10, "AUD", "=", "5GB data boost", "price", "price")
aq = "It depends on the app and the picture quality."
sq = "For example, a one-hour video call in HD might use 2GB, so connect to Wi-Fi where you can"
cl(H, aq, sq, "one-hour", 1, 1, "hour", "=", "example HD video call", "call length", "duration", True)
cl(H, aq, sq, "2GB", 2, 2, "GB", "=", "example HD video call", "data used", "data", True)
aq = "The Asia Roaming Pack works in Japan"
sq = "It costs $35, lasts 30 days and includes 10GB of data to use across the region"
cl(H, aq, sq, "$35", 35, 35, "AUD", "=", "Asia Roaming Pack", "price", "price")
cl(H, aq, sq, "30 days", 30, 30, "day", "=", "Asia Roaming Pack", "validity", "duration")
cl(H, aq, sq, "10GB", 10, 10, "GB", "=", "Asia Roaming Pack", "data included", "data")
aq = "In Zone 2 countries, each Day Pass comes with 1GB"
cl(H, aq, "In Zone 2 countries, each Day Pass comes with 1GB of data", "1GB", 1, 1, "GB/day", "=", "Day Pass in Zone 2", "data included per day", "data")
aq = "Typical 5G download speeds"
cl(H, aq, "Typical 5G download speeds in capital cities are around 180Mbps, though speeds dip at busy times", "around 180Mbps", 180, 180, "Mbps", "~", "5G in capital cities", "typical download speed", "speed")
aq = "Setting up an eSIM usually takes"
cl(H, aq, "Setting up an eSIM usually takes 5 to 30 minutes, depending on your phone and your connection", "5 to 30 minutes", 5, 30, "minute", "=", "eSIM", "setup time", "duration")
aq = "A new physical SIM to replace"
cl(H, aq, "A new physical SIM to replace a lost or damaged one is $10, posted free", "$10", 10, 10, "AUD", "=", "replacement physical SIM", "price", "price")
aq = "Changed your mind about a new phone?"
cl(H, aq, "Return it within 30 days in its original packaging for a full refund", "within 30 days", None, 30, "day", "<=", "change-of-mind phone return", "return window", "duration")

# knowledge-base export (10 answers)
aq = "(2023) A Roaming Day Pass costs $10"
cl(J, aq, "(2023) A Roaming Day Pass costs $10 per day and is only charged on days you use your phone overseas", "$10 per day", 10, 10, "AUD/day", "=", "roaming day pass", "daily price", "price")
aq = "Unused data rolls over"
cl(J, aq, "Unused data rolls over to the next month, and you can bank up to 50GB at any one time", "up to 50GB", None, 50, "GB", "<=", "rolled-over data", "maximum banked data", "data")
aq = "Freedom plan customers get a 500-minute"
cl(J, aq, "Freedom plan customers get a 500-minute monthly allowance for calls to other countries", "500-minute", 500, 500, "minute/month", "=", "Freedom plan", "included international call minutes", "count")
aq = "Freedom includes 100GB"
cl(J, aq, "Freedom includes 100GB of data a month, with 5G access and no excess data charges", "100GB", 100, 100, "GB/month", "=", "Freedom plan", "monthly data allowance", "data")
aq = "Yes. Freedom customers can use up to 40GB"
cl(J, aq, "Freedom customers can use up to 40GB of their data as a personal hotspot each month", "up to 40GB", None, 40, "GB/month", "<=", "Freedom plan", "hotspot data cap", "data")
aq = "Customers aged 16 and up"
cl(J, aq, "Customers aged 16 and up can sign up for a post-paid plan with a valid Australian ID", "16 and up", 16, None, "year", ">=", "postpaid plan", "minimum age", "limit")
aq = "Spread a $1,188 handset"
sq = "Spread a $1,188 handset over 24 months and you'll pay $51.50 a month, interest free"
cl(J, aq, sq, "$1,188", 1188, 1188, "AUD", "=", "example handset", "price", "price")
cl(J, aq, sq, "24 months", 24, 24, "month", "=", "example handset repayments", "repayment term", "duration")
cl(J, aq, sq, "$51.50 a month", 51.5, 51.5, "AUD/month", "=", "example handset over 24 months", "monthly repayment", "price")
aq = "Existing customers upgrading get 20% off"
sq = "Existing customers upgrading get 20% off selected handsets, so a $900 phone costs $720"
cl(J, aq, sq, "20%", 20, 20, "%", "=", "upgrade offer for existing customers", "discount on selected handsets", "percentage")
cl(J, aq, sq, "$900", 900, 900, "AUD", "=", "example phone", "price before the discount", "price")
cl(J, aq, sq, "$720", 720, 720, "AUD", "=", "example phone with the upgrade discount", "price after the discount", "price")
aq = "(2022) 5G coverage reaches 75%"
cl(J, aq, "(2022) 5G coverage reaches 75% of the Australian population, with more sites switching on every month", "75%", 75, 75, "%", "=", "5G network", "share of the population covered", "percentage")
aq = "On 5G, download speeds can reach up to 600Mbps"
cl(J, aq, "On 5G, download speeds can reach up to 600Mbps in ideal conditions, close to a tower and with a compatible phone", "up to 600Mbps", None, 600, "Mbps", "<=", "5G", "peak download speed", "speed")


# ------------------------------------------------------------------ corpus split and checks
def read(f):
    with open(os.path.join(CORPUS, f), encoding="utf-8") as fh:
        return fh.read()

def answers_txt(raw):
    lines = raw.split("\n")
    if lines and lines[-1] == "":
        lines = lines[:-1]
    return [[l] for l in lines[1:-1]]          # title line and sign-off line are boilerplate

def answers_md(raw):
    out, cur = [], None
    for line in raw.split("\n"):
        if line.startswith("#"):
            if cur is not None:
                out.append(cur)
            cur = [] if line.startswith("### ") else None
        elif cur is not None and line.strip():
            cur.append(line[2:] if line.startswith("- ") else line)
    if cur is not None:
        out.append(cur)
    return out

def answers_json(raw):
    return [[e["faq_answer"]] for e in json.loads(raw)["entries"]]

QRE = re.compile(r"<p><strong>(.*?)</strong></p>")
def answers_html(raw):
    out = []
    qs = list(QRE.finditer(raw))
    for i, m in enumerate(qs):
        end = qs[i + 1].start() if i + 1 < len(qs) else len(raw)
        region = raw[m.end():end]
        region = region.split("</div>")[0]    # the answer stops at the end of its faq block
        out.append(re.findall(r"<p>(.*?)</p>", region, re.S))
    return out

SPLIT = {T: answers_txt, M: answers_md, J: answers_json, H: answers_html}
RAW = {f: read(f) for f in SPLIT}
ANS = {f: SPLIT[f](RAW[f]) for f in SPLIT}
errors = []

def visible(raw):
    body = re.sub(r"(?is)<(script|style|head)\b.*?</\1>", " ", raw)
    return html.unescape(re.sub(r"<[^>]+>", " ", body))

def locate(f, q):
    """index of the one answer (and its segment) holding the quote"""
    hits = [(i, j) for i, segs in enumerate(ANS[f]) for j, s in enumerate(segs) if q in s]
    return hits

def check_quote(f, q, where):
    n = len(q.split())
    if not 5 <= n <= 15:
        errors.append(f"{where}: quote has {n} words: {q!r}")
    c = RAW[f].count(q)
    if c != 1:
        errors.append(f"{where}: quote occurs {c} times in {f}: {q!r}")
    if f == H:
        if "<" in q or ">" in q or "&" in q:
            errors.append(f"{where}: quote crosses a tag or holds an entity: {q!r}")
        if visible(RAW[f]).count(q) != 1:
            errors.append(f"{where}: quote not exactly once in visible text: {q!r}")
    if f == J and ('"' in q or "\\" in q):
        errors.append(f"{where}: JSON quote holds a quote character or backslash: {q!r}")
    hits = locate(f, q)
    if len({h[0] for h in hits}) != 1:
        errors.append(f"{where}: quote lies in {len(hits)} answers: {q!r}")
        return None
    return (f, hits[0][0])

pairs, quotes = {}, {}
for lab in labels["conflicts"] + labels["traps"]:
    locs = []
    for k, s in enumerate(lab["sides"]):
        loc = check_quote(s["file"], s["quote"], f"{lab['id']} side {k}")
        locs.append(loc)
        if s["quote"] in quotes:
            errors.append(f"{lab['id']}: quote already used by {quotes[s['quote']]}: {s['quote']!r}")
        quotes[s["quote"]] = lab["id"]
    if None in locs:
        continue
    key = frozenset(locs)
    if lab.get("kind") == "arithmetic" and len(key) != 1:
        errors.append(f"{lab['id']}: arithmetic sides are not in one answer")
    if key in pairs:
        errors.append(f"{lab['id']}: answer pair already labelled by {pairs[key]}")
    pairs[key] = lab["id"]

kinds = {}
for c in labels["conflicts"]:
    kinds[c["kind"]] = kinds.get(c["kind"], 0) + 1
if kinds != {"list": 3, "polarity": 3, "numeric": 4, "arithmetic": 3, "stale": 3}:
    errors.append(f"conflict kinds: {kinds}")
if len(labels["traps"]) != 14:
    errors.append(f"{len(labels['traps'])} traps")

FIELDS = ["file", "answer_quote", "sentence_quote", "surface", "low", "high", "unit", "comparator",
          "subject", "metric", "metric_class", "hedged"]
claim_answers = set()
for n, c in enumerate(C, 1):
    w = f"claim {n}"
    if list(c) != FIELDS:
        errors.append(f"{w}: fields out of order")
    f = c["file"]
    starts = [i for i, segs in enumerate(ANS[f]) if segs and segs[0].startswith(c["answer_quote"])]
    if len(starts) != 1:
        errors.append(f"{w}: answer_quote starts {len(starts)} answers: {c['answer_quote']!r}")
        continue
    i = starts[0]
    claim_answers.add((f, i))
    if not any(c["sentence_quote"] in s for s in ANS[f][i]):
        errors.append(f"{w}: sentence_quote not in its answer: {c['sentence_quote']!r}")
    if RAW[f].count(c["sentence_quote"]) != 1:
        errors.append(f"{w}: sentence_quote not unique in {f}")
    if c["surface"] not in c["sentence_quote"]:
        errors.append(f"{w}: surface not in sentence_quote: {c['surface']!r}")
    comp, lo, hi = c["comparator"], c["low"], c["high"]
    ok = {"<=": lo is None and hi is not None, ">=": lo is not None and hi is None,
          "=": lo is not None and hi is not None and lo <= hi, "~": lo is not None and lo == hi}.get(comp, False)
    if not ok:
        errors.append(f"{w}: comparator {comp} does not match low/high {lo}/{hi}")

# corpus shape
if "\n\n" in RAW[T]:
    errors.append("txt file has a blank line")
for e in json.loads(RAW[J])["entries"]:
    if not e.get("faq_question") or not e.get("faq_answer"):
        errors.append(f"json record {e.get('ref')} lacks a question or an answer")

if errors:
    print("\n".join(errors))
    sys.exit(1)

with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")
with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")

per_file = {f: len(ANS[f]) for f in SPLIT}
cl_per_file = {f: sum(1 for a in claim_answers if a[0] == f) for f in SPLIT}
print(f"answers: {per_file} (total {sum(per_file.values())})")
print(f"wrote {len(labels['conflicts'])} conflicts {kinds}, {len(labels['traps'])} traps, "
      f"{len(C)} claims in {len(claim_answers)} answers {cl_per_file}")
print("all quotes verified")
