#!/usr/bin/env python3
"""Writes labels.json and claims.jsonl for the musicexams domain (Fernleaf Music Examinations)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
T, M, C, W = "candidate-answers.txt", "teacher-handbook.md", "help-cards.html", "exam-faq.html"

def side(f, q): return {"file": f, "quote": q}

conflicts = [
 # list
 ("list", "The candidate answers offer video exams for piano, violin, guitar and singing, while the teacher handbook accepts recorded exams for piano and voice only.",
  "instruments that can take a video exam", side(T, "Video exams are available for piano, violin, guitar and singing"), side(M, "We accept recorded exams for piano and voice only")),
 ("list", "The help cards take entry fees by credit card, POLi or bank transfer, while the FAQ page says credit card or bank transfer only.",
  "ways to pay entry fees", side(C, "You can pay entry fees by credit card, POLi or bank transfer"), side(W, "Fees can be paid by credit card or bank transfer only")),
 ("list", "The teacher handbook accepts video as MP4 or MOV only, while the FAQ page also takes AVI.",
  "video file formats accepted for recorded exams", side(M, "Upload the video as an MP4 or MOV file only"), side(W, "We can take your recording as an MP4, MOV or AVI file")),
 # polarity
 ("polarity", "The help cards require a Grade 5 Theory pass before Grade 6 to 8 Practical, while the FAQ page says those grades have no theory requirement.",
  "theory prerequisite for Grade 6 to 8 Practical", side(C, "You need a Grade 5 Theory pass to enter Grade 6, 7 or 8 Practical"), side(W, "Grade 6 to 8 Practical exams have no theory requirement")),
 ("polarity", "The candidate answers say Fernleaf doesn't supply accompanists, while the help cards say an official accompanist is provided at every centre.",
  "accompanist provided at the exam", side(T, "We don't supply accompanists, so please bring your own pianist"), side(C, "An official accompanist is provided at every exam centre at no extra cost")),
 ("polarity", "The teacher handbook says examiners accept photocopied music, while the FAQ page says photocopies aren't permitted.",
  "photocopied music in the exam room", side(M, "Examiners will accept photocopied music in the exam room"), side(W, "Photocopies of music aren't permitted in the exam")),
 # numeric
 ("numeric", "The candidate answers set Distinction at 130 marks out of 150, while the teacher handbook sets it at 135.",
  "marks needed for a Distinction", side(T, "A Distinction needs 130 marks or more out of 150"), side(M, "Candidates scoring 135 and above are awarded Distinction")),
 ("numeric", "The help cards release results within 10 working days, while the FAQ page says about 4 weeks after the exam.",
  "time until exam results are released", side(C, "Results are released within 10 working days of your exam"), side(W, "Expect your results about 4 weeks after your exam day")),
 ("numeric", "The candidate answers refund 75% after the closing date, while the teacher handbook refunds 50%.",
  "refund for withdrawing after entries close", side(T, "If you pull out after the closing date, we'll refund 75% of your entry fee"), side(M, "Withdrawals made after entries close receive a 50% refund")),
 ("numeric", "The candidate answers allow video files up to 2 GB, while the FAQ page gives a 4 GB upload limit.",
  "maximum size of a video file", side(T, "Each video file can be up to 2 GB"), side(W, "The upload limit for each video is 4 GB")),
 # arithmetic
 ("arithmetic", "$230 plus 15% GST is $264.50, not $260.50.",
  "Grade 8 Practical fee including GST", side(C, "The Grade 8 Practical fee is $230 plus 15% GST"), side(C, "which comes to $260.50 all up")),
 ("arithmetic", "3 x 30 + 21 + 18 + 18 is 147 marks, not the full 150.",
  "sum of the section marks in a practical grade", side(M, "pieces are worth 30 marks each, technical work 21, sight-reading 18 and aural 18"), side(M, "which makes up the full 150 marks")),
 ("arithmetic", "Three $100 entries less 10% is $270, not $280.",
  "cost of three Grade 2 entries with the family discount", side(T, "Families entering three or more candidates get 10% off every entry"), side(T, "three Grade 2 entries at $100 each cost $280 altogether")),
 # stale
 ("stale", "A 2023 answer gives the Grade 5 Practical fee as $142, while a 2025 card gives $156, both including GST.",
  "Grade 5 Practical fee", side(W, "(2023) Grade 5 Practical entries cost $142 including GST"), side(C, "As of 2025, the fee for a Grade 5 Practical exam is $156")),
 ("stale", "A 2022 entry gives the online Grade 5 Theory exam 2 hours, while a 2024 answer gives 90 minutes.",
  "length of the online Grade 5 Theory exam", side(M, "(2022) The online Grade 5 Theory exam lasts 2 hours"), side(T, "Since 2024, the online Grade 5 Theory paper is 90 minutes long")),
 ("stale", "A 2023 entry prices annual teacher registration at $45, while a 2025 answer gives $60 a year.",
  "annual teacher registration fee", side(M, "(2023) Annual teacher registration is $45"), side(W, "As of 2025, registering as a Fernleaf teacher costs $60 a year")),
]

traps = [
 ("Similarly named exams: a Grade 6 Practical lasts 25 minutes, a Grade 6 Performance exam (pieces only) 18 minutes.",
  side(C, "A Grade 6 Practical exam lasts 25 minutes"), side(T, "Grade 6 Performance exams run for 18 minutes")),
 ("Different condition (grade): videos for Grades 1 to 3 run up to 12 minutes, Grade 7 and 8 recordings up to 30 minutes.",
  side(M, "For Grades 1 to 3, videos can be up to 12 minutes long"), side(W, "Grade 7 and 8 recordings can run up to 30 minutes")),
 ("Different region: the three main centres hold three sessions a year, regional centres one.",
  side(T, "Auckland, Wellington and Christchurch hold three exam sessions a year"), side(C, "Regional centres such as Gisborne, Nelson and Timaru hold one session a year")),
 ("Different tier: an Associate diploma exam lasts 40 minutes, a Licentiate diploma exam 60 minutes.",
  side(W, "Associate diploma exams last 40 minutes"), side(M, "Licentiate diploma exams take 60 minutes")),
 ("Different condition (exam type): theory is passed with 65 out of 100, a practical grade with 100 out of 150.",
  side(C, "Theory exams are marked out of 100, and you need 65 to pass"), side(M, "A practical grade is passed with 100 marks out of 150")),
 ("Same value in other units: 15 minutes is a quarter of an hour.",
  side(T, "Please arrive 15 minutes before your exam time"), side(W, "Be at the centre a quarter of an hour before your exam starts")),
 ("Correct computation: $104 plus 15% GST ($15.60) is $119.60.",
  side(W, "Grade 3 Practical is $104 before GST"), side(W, "or $119.60 once 15% GST is added")),
 ("Correct percentage: 5% off $2,000 is $1,900.",
  side(M, "Teachers who enter 20 or more candidates in one session get 5% off"), side(M, "so a $2,000 entry comes down to $1,900")),
 ("The typical 7 weeks lies inside the 6 to 8 week range.",
  side(C, "Certificates are posted 6 to 8 weeks after results"), side(T, "Your certificate should arrive about 7 weeks after your results come out")),
 ("10 minutes is a hedged example ('For example ... might'), not the usual Grade 1 exam length of around 12 minutes.",
  side(W, "a Grade 1 candidate might be in the exam room for only 10 minutes"), side(M, "Grade 1 exams usually last around 12 minutes")),
 ("The $20 late entry fee is explicitly the pre-2024 fee; $30 is current.",
  side(M, "The late entry fee used to be $20 before the 2024 fee review"), side(C, "A late entry costs $30 on top of the normal fee")),
 ("'Up to 15 working days' is the busy-period maximum; most entries are confirmed within 3 working days.",
  side(C, "Confirming your entry can take up to 15 working days"), side(W, "Most entries are confirmed within 3 working days")),
 ("The instrument list is open ('including'), so ukulele exams are consistent.",
  side(T, "instruments including piano, violin, cello, flute, clarinet and classical guitar"), side(C, "Ukulele exams are offered too, from Grade 1 to Grade 5")),
 ("The same 14-day date-change rule stated in both directions.",
  side(W, "You can change your exam date up to 14 days before the exam"), side(T, "Date changes aren't possible in the last 14 days before your exam")),
]

DOMAIN = ("Fernleaf Music Examinations, a fictional New Zealand music exam board: practical, performance, theory and "
          "diploma exams, video exams, instruments, marks and grade bands, entry fees with and without GST, discounts, "
          "late entries, withdrawals and date changes, exam sessions and centres, accompanists, results and certificates, "
          "and teacher registration.")
labels = {"domain": DOMAIN, "conflicts": [], "traps": []}
for i, (k, what, subj, a, b) in enumerate(conflicts, 1):
    labels["conflicts"].append({"id": f"c{i}", "kind": k, "what": what, "subject": subj, "sides": [a, b]})
for i, (why, a, b) in enumerate(traps, 1):
    labels["traps"].append({"id": f"t{i}", "why_not": why, "sides": [a, b]})
with open(os.path.join(HERE, "labels.json"), "w", encoding="utf-8") as fh:
    json.dump(labels, fh, indent=1, ensure_ascii=False)
    fh.write("\n")

# ---- claims: every numeric claim in the listed answers
CL = []
def cl(f, aq, sq, surface, low, high, unit, comp, subject, metric, mclass, hedged=False):
    CL.append({"file": f, "answer_quote": aq, "sentence_quote": sq, "surface": surface, "low": low, "high": high,
               "unit": unit, "comparator": comp, "subject": subject, "metric": metric, "metric_class": mclass, "hedged": hedged})

# candidate answers (10 answers)
aq = "A Distinction needs 130 marks or more out of 150"
sq = "A Distinction needs 130 marks or more out of 150, and a Merit needs 120 or more"
cl(T, aq, sq, "130 marks or more", 130, None, "marks", ">=", "Distinction in a practical grade", "marks needed", "limit")
cl(T, aq, sq, "out of 150", 150, 150, "marks", "=", "practical grade", "total marks", "count")
cl(T, aq, sq, "120 or more", 120, None, "marks", ">=", "Merit in a practical grade", "marks needed", "limit")
aq = "If you pull out after the closing date"
cl(T, aq, "If you pull out after the closing date, we'll refund 75% of your entry fee, or the full fee if you send us a medical certificate", "75%", 75, 75, "%", "=", "withdrawal after the closing date", "share of fee refunded", "percentage")
aq = "Each video file can be up to 2 GB"
cl(T, aq, "Each video file can be up to 2 GB, so pick a standard HD setting rather than the highest quality your phone offers", "up to 2 GB", None, 2, "GB", "<=", "video exam file", "maximum file size", "limit")
aq = "Families entering three or more candidates"
sq = "Families entering three or more candidates get 10% off every entry"
cl(T, aq, sq, "three or more candidates", 3, None, "candidates", ">=", "family discount", "candidates needed", "count")
cl(T, aq, sq, "10% off", 10, 10, "%", "=", "family discount", "discount on each entry", "percentage")
sq = "That means three Grade 2 entries at $100 each cost $280 altogether"
cl(T, aq, sq, "three Grade 2 entries", 3, 3, "entries", "=", "family discount example", "number of entries", "count")
cl(T, aq, sq, "$100 each", 100, 100, "NZD", "=", "Grade 2 entry", "entry fee", "price")
cl(T, aq, sq, "$280", 280, 280, "NZD", "=", "three Grade 2 entries after the family discount", "total fee", "price")
aq = "Since 2024, the online Grade 5 Theory paper"
cl(T, aq, "Since 2024, the online Grade 5 Theory paper is 90 minutes long, and you can sit it at home with your webcam switched on", "90 minutes", 90, 90, "minute", "=", "online Grade 5 Theory exam", "exam length", "duration")
aq = "Grade 6 Performance exams run for 18 minutes"
cl(T, aq, "Grade 6 Performance exams run for 18 minutes, because there are no scales, sight-reading or aural tests, only your pieces", "18 minutes", 18, 18, "minute", "=", "Grade 6 Performance exam", "exam length", "duration")
aq = "Auckland, Wellington and Christchurch hold three exam sessions"
cl(T, aq, "Auckland, Wellington and Christchurch hold three exam sessions a year, in April, July and October", "three exam sessions a year", 3, 3, "sessions/year", "=", "main centres (Auckland, Wellington, Christchurch)", "exam sessions per year", "count")
aq = "Please arrive 15 minutes before your exam time"
cl(T, aq, "Please arrive 15 minutes before your exam time so you can warm up and settle your nerves", "15 minutes", 15, 15, "minute", "=", "candidate arrival", "time before the exam", "duration")
aq = "Your certificate should arrive about 7 weeks"
cl(T, aq, "Your certificate should arrive about 7 weeks after your results come out, and it's sent to your teacher's address", "about 7 weeks", 7, 7, "week", "~", "exam certificate", "time after results", "duration")
aq = "Date changes aren't possible in the last 14 days"
cl(T, aq, "Date changes aren't possible in the last 14 days before your exam, so check your calendar before the timetable is confirmed", "14 days", 14, None, "day", ">=", "exam date change", "notice before the exam", "duration")

# teacher handbook (9 answers)
aq = "Candidates scoring 135 and above are awarded Distinction."
cl(M, aq, "Candidates scoring 135 and above are awarded Distinction", "135 and above", 135, None, "marks", ">=", "Distinction in a practical grade", "marks needed", "limit")
aq = "Withdrawals made after entries close receive a 50% refund."
cl(M, aq, "Withdrawals made after entries close receive a 50% refund", "50% refund", 50, 50, "%", "=", "withdrawal after entries close", "share of fee refunded", "percentage")
aq = "In a practical grade, the three pieces are worth 30 marks each"
sq = "In a practical grade, the three pieces are worth 30 marks each, technical work 21, sight-reading 18 and aural 18, which makes up the full 150 marks"
cl(M, aq, sq, "three pieces", 3, 3, "pieces", "=", "practical grade", "number of pieces", "count")
cl(M, aq, sq, "30 marks each", 30, 30, "marks", "=", "each piece in a practical grade", "marks available", "count")
cl(M, aq, sq, "technical work 21", 21, 21, "marks", "=", "technical work in a practical grade", "marks available", "count")
cl(M, aq, sq, "sight-reading 18", 18, 18, "marks", "=", "sight-reading in a practical grade", "marks available", "count")
cl(M, aq, sq, "aural 18", 18, 18, "marks", "=", "aural tests in a practical grade", "marks available", "count")
cl(M, aq, sq, "the full 150 marks", 150, 150, "marks", "=", "practical grade", "total marks", "count")
aq = "(2022) The online Grade 5 Theory exam lasts 2 hours"
sq = "(2022) The online Grade 5 Theory exam lasts 2 hours, with a five-minute reading period at the start"
cl(M, aq, sq, "2 hours", 2, 2, "hour", "=", "online Grade 5 Theory exam", "exam length", "duration")
cl(M, aq, sq, "five-minute", 5, 5, "minute", "=", "online Grade 5 Theory exam", "reading period", "duration")
aq = "(2023) Annual teacher registration is $45"
cl(M, aq, "(2023) Annual teacher registration is $45, and it covers every student you enter that year", "$45", 45, 45, "NZD/year", "=", "teacher registration", "annual fee", "price")
aq = "For Grades 1 to 3, videos can be up to 12 minutes long"
cl(M, aq, "For Grades 1 to 3, videos can be up to 12 minutes long, including any tuning at the start", "up to 12 minutes", None, 12, "minute", "<=", "video exam for Grades 1 to 3", "maximum video length", "limit")
aq = "Teachers who enter 20 or more candidates"
sq = "Teachers who enter 20 or more candidates in one session get 5% off the total, so a $2,000 entry comes down to $1,900"
cl(M, aq, sq, "20 or more candidates", 20, None, "candidates", ">=", "studio discount", "candidates needed", "count")
cl(M, aq, sq, "5% off", 5, 5, "%", "=", "studio discount", "discount on the total", "percentage")
cl(M, aq, sq, "$2,000", 2000, 2000, "NZD", "=", "example studio entry", "total before discount", "price")
cl(M, aq, sq, "$1,900", 1900, 1900, "NZD", "=", "example studio entry", "total after discount", "price")
aq = "Grade 1 exams usually last around 12 minutes"
cl(M, aq, "Grade 1 exams usually last around 12 minutes, including the aural tests at the end", "around 12 minutes", 12, 12, "minute", "~", "Grade 1 exam", "typical exam length", "duration")
aq = "The late entry fee used to be $20"
cl(M, aq, "The late entry fee used to be $20 before the 2024 fee review", "$20", 20, 20, "NZD", "=", "late entry fee before 2024", "fee", "price")

# help cards (8 answers)
aq = "As of 2025, the fee for a Grade 5 Practical exam is $156"
cl(C, aq, "As of 2025, the fee for a Grade 5 Practical exam is $156, GST inclusive", "$156", 156, 156, "NZD", "=", "Grade 5 Practical exam", "entry fee including GST", "price")
aq = "The Grade 8 Practical fee is $230 plus 15% GST"
sq = "The Grade 8 Practical fee is $230 plus 15% GST, which comes to $260.50 all up"
cl(C, aq, sq, "$230", 230, 230, "NZD", "=", "Grade 8 Practical exam", "entry fee before GST", "price")
cl(C, aq, sq, "15% GST", 15, 15, "%", "=", "GST", "tax rate", "percentage")
cl(C, aq, sq, "$260.50", 260.5, 260.5, "NZD", "=", "Grade 8 Practical exam", "entry fee including GST", "price")
aq = "Confirming your entry can take up to 15 working days"
cl(C, aq, "Confirming your entry can take up to 15 working days in busy periods", "up to 15 working days", None, 15, "working day", "<=", "entry confirmation in busy periods", "time to confirm", "limit")
aq = "A Grade 6 Practical exam lasts 25 minutes"
cl(C, aq, "A Grade 6 Practical exam lasts 25 minutes, including scales, sight-reading and aural tests", "25 minutes", 25, 25, "minute", "=", "Grade 6 Practical exam", "exam length", "duration")
aq = "Regional centres such as Gisborne, Nelson and Timaru"
cl(C, aq, "Regional centres such as Gisborne, Nelson and Timaru hold one session a year, usually in August", "one session a year", 1, 1, "sessions/year", "=", "regional centres", "exam sessions per year", "count")
aq = "Theory exams are marked out of 100"
sq = "Theory exams are marked out of 100, and you need 65 to pass"
cl(C, aq, sq, "out of 100", 100, 100, "marks", "=", "theory exam", "total marks", "count")
cl(C, aq, sq, "65 to pass", 65, None, "marks", ">=", "pass in a theory exam", "marks needed", "limit")
aq = "Results are released within 10 working days"
cl(C, aq, "Results are released within 10 working days of your exam, and your teacher sees them at the same time you do", "within 10 working days", None, 10, "working day", "<=", "exam results", "time to release", "duration")
aq = "Certificates are posted 6 to 8 weeks after results"
cl(C, aq, "Certificates are posted 6 to 8 weeks after results, in a card-backed envelope so they don't get bent", "6 to 8 weeks", 6, 8, "week", "=", "exam certificate", "time after results", "duration")

# FAQ page (11 answers)
aq = "The upload limit for each video is 4 GB."
cl(W, aq, "The upload limit for each video is 4 GB", "4 GB", None, 4, "GB", "<=", "video exam file", "maximum file size", "limit")
aq = "Grade 7 and 8 recordings can run up to 30 minutes"
cl(W, aq, "Grade 7 and 8 recordings can run up to 30 minutes, so leave enough time for every section", "up to 30 minutes", None, 30, "minute", "<=", "video exam for Grades 7 and 8", "maximum video length", "limit")
aq = "Expect your results about 4 weeks after your exam day."
cl(W, aq, "Expect your results about 4 weeks after your exam day", "about 4 weeks", 4, 4, "week", "~", "exam results", "time to release", "duration")
aq = "Most entries are confirmed within 3 working days"
cl(W, aq, "Most entries are confirmed within 3 working days of payment", "within 3 working days", None, 3, "working day", "<=", "most entries", "time to confirm", "duration")
aq = "You can change your exam date up to 14 days before the exam"
cl(W, aq, "You can change your exam date up to 14 days before the exam, free of charge, as long as the new date is in the same session", "up to 14 days before the exam", 14, None, "day", ">=", "exam date change", "notice before the exam", "duration")
aq = "Be at the centre a quarter of an hour before your exam starts"
cl(W, aq, "Be at the centre a quarter of an hour before your exam starts, and let the door steward know you've arrived", "a quarter of an hour", 0.25, 0.25, "hour", "=", "candidate arrival", "time before the exam", "duration")
aq = "It depends on the grade."
cl(W, aq, "For example, a Grade 1 candidate might be in the exam room for only 10 minutes", "10 minutes", 10, 10, "minute", "=", "Grade 1 candidate", "time in the exam room", "duration", True)
aq = "Associate diploma exams last 40 minutes"
cl(W, aq, "Associate diploma exams last 40 minutes, most of it a recital programme you choose yourself", "40 minutes", 40, 40, "minute", "=", "Associate diploma exam", "exam length", "duration")
aq = "(2023) Grade 5 Practical entries cost $142 including GST."
cl(W, aq, "(2023) Grade 5 Practical entries cost $142 including GST", "$142", 142, 142, "NZD", "=", "Grade 5 Practical exam", "entry fee including GST", "price")
aq = "Grade 3 Practical is $104 before GST"
sq = "Grade 3 Practical is $104 before GST, or $119.60 once 15% GST is added"
cl(W, aq, sq, "$104", 104, 104, "NZD", "=", "Grade 3 Practical exam", "entry fee before GST", "price")
cl(W, aq, sq, "$119.60", 119.6, 119.6, "NZD", "=", "Grade 3 Practical exam", "entry fee including GST", "price")
cl(W, aq, sq, "15% GST", 15, 15, "%", "=", "GST", "tax rate", "percentage")
aq = "As of 2025, registering as a Fernleaf teacher costs $60 a year"
cl(W, aq, "As of 2025, registering as a Fernleaf teacher costs $60 a year, and registration renews every January", "$60 a year", 60, 60, "NZD/year", "=", "teacher registration", "annual fee", "price")

with open(os.path.join(HERE, "claims.jsonl"), "w", encoding="utf-8") as fh:
    for c in CL:
        fh.write(json.dumps(c, ensure_ascii=False) + "\n")
print(f"wrote {len(labels['conflicts'])} conflicts, {len(labels['traps'])} traps, {len(CL)} claims")
