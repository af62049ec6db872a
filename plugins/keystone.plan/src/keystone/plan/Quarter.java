package keystone.plan;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * The calendar quarters of a plan year.
 */
public enum Quarter {
    Q1,
    Q2,
    Q3,
    Q4;

    /** The quarter {@code day} lies in. */
    public static Quarter of(LocalDate day) {
        return values()[(day.getMonthValue() - 1) / 3];
    }

    /** 1 to 4. */
    public int number() {
        return ordinal() + 1;
    }

    /** The quarter numbered {@code number} (1 to 4). */
    public static Quarter number(int number) {
        if (number < 1 || number > 4) {
            throw new IllegalArgumentException("A quarter is numbered 1 to 4, not " + number);
        }
        return values()[number - 1];
    }

    public LocalDate firstDay(int year) {
        return LocalDate.of(year, ordinal() * 3 + 1, 1);
    }

    public LocalDate lastDay(int year) {
        return firstDay(year).plusMonths(3).minusDays(1);
    }

    /** The days of this quarter in {@code year}: 90 to 92. */
    public int days(int year) {
        return (int) ChronoUnit.DAYS.between(firstDay(year), lastDay(year)) + 1;
    }
}
