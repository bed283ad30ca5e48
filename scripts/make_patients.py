"""Generate src/veil/_samples/patients.csv: 1,000 fictional patient records for `veil demo`
(Faker, fixed seed; every name, SSN, email and address is made up)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from faker import Faker

OUT = Path(__file__).resolve().parent.parent / "src/veil/_samples/patients.csv"
DIAGNOSES = ["hypertension", "diabetes", "asthma", "migraine", "flu", "depression", "fracture"]
ZIPS = ["02139", "02141", "02142", "02138", "10001", "10002", "10003", "94110", "94103", "60614"]


def main() -> None:
    fake = Faker("en_US")
    Faker.seed(20261128)
    rnd = random.Random(20261128)
    with open(OUT, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["patient_id", "name", "email", "ssn", "zip", "birthdate", "sex", "diagnosis",
                    "notes"])
        for i in range(1000):
            sex = rnd.choice(["F", "M"])
            name = fake.name_female() if sex == "F" else fake.name_male()
            birth = fake.date_of_birth(minimum_age=18, maximum_age=95)
            dx = rnd.choices(DIAGNOSES, weights=[30, 20, 15, 10, 10, 10, 5])[0]
            note = rnd.choice([
                f"Follow-up in 2 weeks; call {fake.phone_number()}.",
                f"Referred by Dr. {fake.last_name()}.",
                "No complaints.",
                f"Lives at {fake.street_address()}, {fake.city()}.",
                f"Email results to {fake.email()}.",
            ])
            w.writerow([f"P{100000 + i}", name, fake.email(), fake.ssn(), rnd.choice(ZIPS),
                        birth.isoformat(), sex, dx, note])


if __name__ == "__main__":
    main()
