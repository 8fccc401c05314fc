#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the broadband domain (Pinewire Broadband)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, H, A = "support-answers.txt", "agent-handbook.md", "plans-and-billing.html", "help-archive.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 ("list", "The support answers list WhatsApp as a support channel, while the billing page says support is by phone and live chat only.",
  "customer support channels", side(T, "Our support team can be reached by phone, live chat and WhatsApp"), side(H, "We offer support by phone and live chat only")),
 ("list", "The handbook waives early exit fees when the customer moves to an address Pinewire can't serve, while the archive waives them only for bereavement and low speeds.",
  "grounds for waiving early exit fees", side(M, "Early exit fees are waived if the customer moves to an address we can't serve"), side(A, "Early exit fees are waived only for bereavement and for speeds below the guaranteed minimum")),
 ("list", "The support answers include free evening and weekend Pinewire Voice calls with Fibre 900, while the handbook says the only extras are the Hub 3 Pro and one Boost disc.",
  "extras bundled with Fibre 900", side(T, "a Boost disc and free evening and weekend calls on Pinewire Voice"), side(M, "The only extras bundled with Fibre 900 are the Hub 3 Pro router")),
 ("polarity", "The billing page lets home customers add a static IP for £5 a month, while the handbook says static IPs are not offered on residential plans.",
  "static IP on home plans", side(H, "Home customers can add a static IP address for £5 a month"), side(M, "Static IP addresses are not offered on residential plans")),
 ("polarity", "The support answers promise no mid-contract price rises, while the archive says prices rise by £3 each April for customers in contract.",
  "mid-contract price rises", side(T, "Your monthly price is fixed for the whole minimum term, with no mid-contract price rises"), side(A, "Each April, monthly prices rise by £3 for customers who are in contract")),
 ("polarity", "The support answers say no plan is traffic-managed, while the handbook says Fibre 150 is traffic-managed at the evening peak.",
  "traffic management", side(T, "All our plans come with unlimited data and no traffic management"), side(M, "Fibre 150 is traffic-managed during the evening peak")),
 ("numeric", "The support answers give a £30 setup fee for new connections, while the billing page gives a £35 activation charge.",
  "new connection setup fee", side(T, "New connections carry a one-off setup fee of £30"), side(H, "The activation charge for a new line is £35")),
 ("numeric", "The handbook gives a 24-month minimum term, while the billing page says contracts run for 18 months.",
  "home broadband minimum contract length", side(M, "Every residential plan has a 24-month minimum term"), side(H, "Our home broadband contracts run for 18 months")),
 ("numeric", "The support answers give Fibre 500 a 100 Mbps upload speed, while the handbook gives the 500 Mb plan 75 Mbps.",
  "Fibre 500 upload speed", side(T, "Fibre 500 uploads at 100 Mbps, which is plenty for 4K video calls"), side(M, "The 500 Mb plan has an upload speed of 75 Mbps")),
 ("arithmetic", "£26 plus £4 is £30, not £32.",
  "Fibre 150 bill with Boost", side(H, "Fibre 150 is £26 a month, and adding Boost at £4"), side(H, "brings your monthly bill to £32")),
 ("arithmetic", "400 seconds is about 6.7 minutes, not roughly 12 minutes.",
  "download time for a 45 GB game at 900 Mbps", side(T, "at 900 Mbps that takes 400 seconds"), side(T, "or roughly 12 minutes if nothing else is using the line")),
 ("arithmetic", "£6 off £40 is a 15% saving, not 20%.",
  "loyalty discount percentage", side(A, "Loyal customers get £6 off a £40 monthly bill"), side(A, "That works out to a 20% saving every month")),
 ("stale", "A 2022 answer gives £45 a month for Fibre 900, while a 2025 answer gives £52.",
  "Fibre 900 monthly price", side(A, "(2022) Fibre 900 costs £45 a month"), side(T, "As of 2025, Fibre 900 is priced at £52 a month")),
 ("stale", "A 2021 note credits £10 for a missed engineer appointment, while a 2024 answer gives £30 compensation.",
  "missed engineer appointment compensation", side(M, "(2021) If an engineer misses an appointment we credit £10"), side(H, "Updated 2024: a missed engineer appointment earns you £30 compensation")),
 ("stale", "A 2020 answer gives 14 days to send back an old router, while a 2024 answer gives 30 days.",
  "old router return period", side(A, "(2020) Old routers must be sent back within 14 days"), side(T, "Since 2024 you have 30 days to return your old Hub")),
]

traps = [
 ("Different plans: 20 Mbps is the Fibre 150 upload speed, 100 Mbps the Fibre 500 upload speed.",
  side(H, "Fibre 150 uploads at 20 Mbps"), side(T, "uploads at 100 Mbps, which is plenty")),
 ("Similarly named products: the Hub 3 Pro supports Wi-Fi 7, the Hub 3 does not.",
  side(M, "The Hub 3 Pro supports Wi-Fi 7"), side(A, "The Hub 3 doesn't support Wi-Fi 7")),
 ("Same value in other units: 1 Gbps is 1,000 Mbps.",
  side(H, "The Hub 3's four Ethernet ports each run at 1 Gbps"), side(M, "Each wired port on the standard Hub 3 tops out at 1,000 Mbps")),
 ("Correct computation: 6 × £20 + 6 × £35 = £120 + £210 = £330.",
  side(H, "Fibre 500 costs £20 a month for the first 6 months"), side(H, "so the first year costs 6 × £20 + 6 × £35 = £330")),
 ("Correct percentage: £15 is 25% less than £20.",
  side(M, "It costs £15 a month, which is 25% less"), side(M, "than the usual £20 price for the same speed")),
 ("The typical 3-hour install lies inside the 2-4 hour range.",
  side(T, "Installation usually takes 2 to 4 hours"), side(M, "A typical install at a terraced house takes about 3 hours")),
 ("430 Mbps is a hedged Wi-Fi example, not the 500 Mbps wired average.",
  side(H, "Fibre 500 gives an average download speed of 500 Mbps"), side(A, "you might see around 430 Mbps over Wi-Fi on Fibre 500")),
 ("The £3 Boost price is explicitly the pre-2024 price; £4 is current.",
  side(M, "The Boost add-on used to cost £3 a month"), side(H, "and adding Boost at £4 a month")),
 ("'Up to 5 working days' is a maximum; most visits are booked within 2.",
  side(T, "Engineer visits for faults can take up to 5 working days"), side(M, "Most fault visits are booked within 2 working days")),
 ("The device list is open ('including'), so Samsung smart TVs are consistent.",
  side(H, "Pinewire TV works on devices including Roku, Fire TV and Apple TV"), side(A, "The Pinewire TV app is also available on Samsung smart TVs")),
 ("The same 14-day cooling-off rule stated in both directions.",
  side(T, "You can cancel within 14 days of your service going live"), side(M, "Cancelling after the 14-day cooling-off period means early exit fees apply")),
 ("Different condition: network faults are free, faults in the customer's own wiring cost £75.",
  side(H, "If the fault is on our network, the engineer visit is free"), side(M, "the engineer visit costs £75")),
 ("Different regions: 92% is Bristol coverage, 61% the wider South West.",
  side(T, "full-fibre network now reaches 92% of homes in Bristol"), side(A, "Full-fibre coverage across the wider South West is 61%")),
 ("Correct computation: £7 × 6 months = £42.",
  side(A, "The early exit fee is £7 for each month left"), side(A, "so leaving with 6 months to go costs £42")),
 ("Different customer types: new customers get a free first month, existing customers who upgrade do not.",
  side(T, "New customers get their first month free"), side(A, "Existing customers who upgrade to a faster plan pay the new price from day one")),
]

labels = {
 "domain": "Pinewire Broadband, a fictional UK full-fibre home broadband provider: plans and speeds, prices and contracts, setup and installation, the Hub routers and Boost discs, engineer visits and compensation, exit fees, support channels and Pinewire TV.",
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

# support answers
aq = "Pinewire's full-fibre network now reaches 92% of homes in Bristol"
cl(T, aq, "Pinewire's full-fibre network now reaches 92% of homes in Bristol", "92% of homes", 92, 92, "%", "=", "Pinewire network in Bristol", "full-fibre coverage", "percentage")

aq = "New connections carry a one-off setup fee of £30"
cl(T, aq, "New connections carry a one-off setup fee of £30, which is added to your first bill", "£30", 30, 30, "GBP", "=", "new connection", "setup fee", "price")

aq = "New customers get their first month free"
cl(T, aq, "New customers get their first month free, and the first full bill arrives about 5 weeks after your service goes live", "about 5 weeks", 5, 5, "week", "~", "new customer", "time to first full bill", "duration")

aq = "Fibre 500 uploads at 100 Mbps"
cl(T, aq, "Fibre 500 uploads at 100 Mbps, which is plenty for 4K video calls and backing up large photo libraries to the cloud", "100 Mbps", 100, 100, "Mbps", "=", "Fibre 500", "upload speed", "other")

aq = "How long does a big download take?"
sq = "A 45 GB game is 360,000 megabits, and at 900 Mbps that takes 400 seconds, or roughly 12 minutes if nothing else is using the line"
cl(T, aq, sq, "45 GB", 45, 45, "GB", "=", "example game download", "file size", "other")
cl(T, aq, sq, "360,000 megabits", 360000, 360000, "Mb", "=", "example game download", "file size", "other")
cl(T, aq, sq, "900 Mbps", 900, 900, "Mbps", "=", "Fibre 900 line", "download speed", "other")
cl(T, aq, sq, "400 seconds", 400, 400, "s", "=", "example game download", "download time", "duration")
cl(T, aq, sq, "roughly 12 minutes", 12, 12, "min", "~", "example game download", "download time", "duration")

aq = "As of 2025, Fibre 900 is priced at £52 a month"
cl(T, aq, "As of 2025, Fibre 900 is priced at £52 a month, including the Hub 3 Pro router", "£52 a month", 52, 52, "GBP/month", "=", "Fibre 900", "monthly price", "price")

aq = "Since 2024 you have 30 days to return your old Hub"
cl(T, aq, "Since 2024 you have 30 days to return your old Hub after switching, using the prepaid bag we post to you", "30 days", None, 30, "day", "<=", "old Hub", "return period", "duration")

aq = "Installation usually takes 2 to 4 hours"
sq = "Installation usually takes 2 to 4 hours, and someone aged 18 or over must be at home for the whole visit"
cl(T, aq, sq, "2 to 4 hours", 2, 4, "hour", "=", "installation", "duration", "duration")
cl(T, aq, sq, "aged 18 or over", 18, None, "year", ">=", "person at home during installation", "minimum age", "other")

aq = "Engineer visits for faults can take up to 5 working days"
cl(T, aq, "Engineer visits for faults can take up to 5 working days to book in busy periods", "up to 5 working days", None, 5, "working day", "<=", "fault engineer visit", "time to book", "duration")

aq = "You can cancel within 14 days of your service going live"
cl(T, aq, "You can cancel within 14 days of your service going live without paying anything", "within 14 days", None, 14, "day", "<=", "cancellation without charge", "cooling-off period", "duration")

# handbook
aq = "Early exit fees are waived if the customer moves"
cl(M, aq, "Early exit fees are waived if the customer moves to an address we can't serve, after a bereavement, or if their speed stays below the guaranteed minimum for 30 days in a row", "30 days in a row", 30, 30, "day", "=", "early exit fee waiver for low speed", "period below guaranteed minimum", "duration")

aq = "The only extras bundled with Fibre 900"
cl(M, aq, "The only extras bundled with Fibre 900 are the Hub 3 Pro router and one Boost disc", "one Boost disc", 1, 1, "discs", "=", "Fibre 900 bundle", "Boost discs included", "count")

aq = "Every residential plan has a 24-month minimum term"
cl(M, aq, "Every residential plan has a 24-month minimum term, starting on the day the service goes live", "24-month", 24, 24, "month", "=", "residential plan", "minimum term", "duration")

aq = "The 500 Mb plan has an upload speed of 75 Mbps"
cl(M, aq, "The 500 Mb plan has an upload speed of 75 Mbps, so big uploads take longer than downloads of the same size", "75 Mbps", 75, 75, "Mbps", "=", "Fibre 500", "upload speed", "other")

aq = "(2021) If an engineer misses an appointment we credit £10"
cl(M, aq, "(2021) If an engineer misses an appointment we credit £10 to the customer's account automatically", "£10", 10, 10, "GBP", "=", "missed engineer appointment", "compensation", "price")

aq = "Each wired port on the standard Hub 3 tops out at 1,000 Mbps"
cl(M, aq, "Each wired port on the standard Hub 3 tops out at 1,000 Mbps, so a Fibre 900 customer testing over a cable should see close to full speed", "1,000 Mbps", None, 1000, "Mbps", "<=", "Hub 3 wired port", "maximum speed", "other")

aq = "Essentials 75 is our social tariff"
sq = "It costs £15 a month, which is 25% less than the usual £20 price for the same speed"
cl(M, aq, sq, "£15 a month", 15, 15, "GBP/month", "=", "Essentials 75", "monthly price", "price")
cl(M, aq, sq, "25% less", 25, 25, "%", "=", "Essentials 75", "discount on usual price", "percentage")
cl(M, aq, sq, "£20", 20, 20, "GBP/month", "=", "same speed at standard price", "monthly price", "price")

aq = "A typical install at a terraced house takes about 3 hours"
cl(M, aq, "A typical install at a terraced house takes about 3 hours", "about 3 hours", 3, 3, "hour", "~", "install at a terraced house", "duration", "duration")

aq = "The Boost add-on used to cost £3 a month"
cl(M, aq, "The Boost add-on used to cost £3 a month before the 2024 price change", "£3 a month", 3, 3, "GBP/month", "=", "Boost add-on", "former monthly price", "price")

aq = "Most fault visits are booked within 2 working days"
cl(M, aq, "Most fault visits are booked within 2 working days", "within 2 working days", None, 2, "working day", "<=", "fault engineer visit", "typical time to book", "duration")

aq = "If the fault turns out to be in the customer's own wiring"
cl(M, aq, "If the fault turns out to be in the customer's own wiring, the engineer visit costs £75", "£75", 75, 75, "GBP", "=", "engineer visit for a fault in customer wiring", "charge", "price")

# billing page
aq = "The activation charge for a new line is £35"
cl(H, aq, "The activation charge for a new line is £35, payable with your first bill", "£35", 35, 35, "GBP", "=", "new line", "activation charge", "price")

aq = "Yes. Home customers can add a static IP address"
cl(H, aq, "Home customers can add a static IP address for £5 a month from the Add-ons page in My Pinewire", "£5 a month", 5, 5, "GBP/month", "=", "static IP add-on", "monthly price", "price")

aq = "Our home broadband contracts run for 18 months"
cl(H, aq, "Our home broadband contracts run for 18 months", "18 months", 18, 18, "month", "=", "home broadband contract", "minimum term", "duration")

aq = "Fibre 150 uploads at 20 Mbps"
cl(H, aq, "Fibre 150 uploads at 20 Mbps, which suits browsing, streaming and the occasional video call", "20 Mbps", 20, 20, "Mbps", "=", "Fibre 150", "upload speed", "other")

aq = "Fibre 150 is £26 a month, and adding Boost"
sq = "Fibre 150 is £26 a month, and adding Boost at £4 a month brings your monthly bill to £32"
cl(H, aq, sq, "£26 a month", 26, 26, "GBP/month", "=", "Fibre 150", "monthly price", "price")
cl(H, aq, sq, "£4 a month", 4, 4, "GBP/month", "=", "Boost add-on", "monthly price", "price")
cl(H, aq, sq, "£32", 32, 32, "GBP/month", "=", "Fibre 150 with Boost", "monthly bill", "price")

aq = "Updated 2024: a missed engineer appointment earns you £30 compensation"
cl(H, aq, "Updated 2024: a missed engineer appointment earns you £30 compensation, credited to your next bill", "£30", 30, 30, "GBP", "=", "missed engineer appointment", "compensation", "price")

aq = "Fibre 500 costs £20 a month for the first 6 months"
sq = "Fibre 500 costs £20 a month for the first 6 months and £35 a month after that, so the first year costs 6 × £20 + 6 × £35 = £330"
cl(H, aq, sq, "£20 a month", 20, 20, "GBP/month", "=", "Fibre 500 introductory period", "monthly price", "price")
cl(H, aq, sq, "the first 6 months", 6, 6, "month", "=", "Fibre 500 introductory period", "length", "duration")
cl(H, aq, sq, "£35 a month", 35, 35, "GBP/month", "=", "Fibre 500 after introductory period", "monthly price", "price")
cl(H, aq, sq, "£330", 330, 330, "GBP", "=", "Fibre 500", "first-year cost", "price")

aq = "Plug in games consoles and desktop PCs"
cl(H, aq, "The Hub 3's four Ethernet ports each run at 1 Gbps", "four Ethernet ports", 4, 4, "ports", "=", "Hub 3", "number of Ethernet ports", "count")
cl(H, aq, "The Hub 3's four Ethernet ports each run at 1 Gbps", "1 Gbps", 1, 1, "Gbps", "=", "Hub 3 Ethernet port", "speed", "other")

aq = "Fibre 500 gives an average download speed of 500 Mbps"
cl(H, aq, "Fibre 500 gives an average download speed of 500 Mbps at peak times, measured over a wired connection", "500 Mbps", 500, 500, "Mbps", "=", "Fibre 500", "average peak-time download speed", "other")

# archive
aq = "Each April, monthly prices rise by £3"
cl(A, aq, "Each April, monthly prices rise by £3 for customers who are in contract", "£3", 3, 3, "GBP/month", "=", "in-contract customers", "annual April price rise", "price")
cl(A, aq, "We write to you a month before the rise", "a month", 1, 1, "month", "=", "April price rise", "notice period", "duration")

aq = "Loyal customers get £6 off a £40 monthly bill"
sq = "Loyal customers get £6 off a £40 monthly bill after 3 years with us"
cl(A, aq, sq, "£6 off", 6, 6, "GBP/month", "=", "loyalty discount", "monthly discount", "price")
cl(A, aq, sq, "£40 monthly bill", 40, 40, "GBP/month", "=", "example monthly bill", "amount", "price")
cl(A, aq, sq, "after 3 years", 3, None, "year", ">=", "loyalty discount", "customer tenure", "duration")
cl(A, aq, "That works out to a 20% saving every month", "20%", 20, 20, "%", "=", "loyalty discount", "saving", "percentage")

aq = "(2022) Fibre 900 costs £45 a month"
cl(A, aq, "(2022) Fibre 900 costs £45 a month and comes with our fastest router", "£45 a month", 45, 45, "GBP/month", "=", "Fibre 900", "monthly price", "price")

aq = "(2020) Old routers must be sent back within 14 days"
cl(A, aq, "(2020) Old routers must be sent back within 14 days of the new Hub arriving", "within 14 days", None, 14, "day", "<=", "old router", "return period", "duration")

aq = "Wi-Fi adds overhead and walls absorb signal"
cl(A, aq, "For example, you might see around 430 Mbps over Wi-Fi on Fibre 500, depending on your device and where the Hub is placed", "around 430 Mbps", 430, 430, "Mbps", "~", "Fibre 500 over Wi-Fi", "download speed", "other", True)

aq = "The early exit fee is £7 for each month left"
sq = "The early exit fee is £7 for each month left on your contract, so leaving with 6 months to go costs £42"
cl(A, aq, sq, "£7 for each month left", 7, 7, "GBP/month", "=", "early exit", "fee per remaining month", "price")
cl(A, aq, sq, "6 months to go", 6, 6, "month", "=", "example early exit", "months remaining", "duration")
cl(A, aq, sq, "£42", 42, 42, "GBP", "=", "example early exit", "exit fee", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in C:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(len(labels["conflicts"]), "conflicts", len(labels["traps"]), "traps", len(C), "claims")
