package keystone.decisionmap;

import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Names of the customer's people in the style of the account's country, and our own sales people, for
 * {@link DemoDecisionMaps}.
 */
final class DemoNames {

    /** Our sales people, as in the demo's account teams (keystone.demo). */
    static final List<String> OUR_PEOPLE = List.of("Anna Keller", "Thomas Brenner", "Carmen Ortega", "Dmitri Volkov",
            "Li Wei", "Sophie Martin", "Jonas Weber", "Petra Lang", "Rafael Cruz", "Elena Sokolova");

    private enum Style {
        EN, DE, FR, IT, ES, RU, ZH
    }

    private static final List<String> GERMAN = List.of("Germany", "Austria", "Switzerland");
    private static final List<String> SPANISH = List.of("Spain", "Mexico", "Argentina", "Chile", "Colombia");

    private static final List<List<String>> FIRST = List.of(
            List.of("James", "Emma", "Oliver", "Sarah", "Daniel", "Laura", "Michael", "Olivia", "Peter", "Grace",
                    "Robert", "Hannah", "Anil", "Priya", "Kenji", "Mina"),
            List.of("Jürgen", "Sabine", "Klaus", "Ute", "Matthias", "Katrin", "Stefan", "Birgit", "Jörg", "Monika",
                    "Andreas", "Heike", "Tobias", "Jana"),
            List.of("François", "Hélène", "Jérôme", "Céline", "Pierre", "Amélie", "Luc", "Élodie", "Nicolas", "Chloé"),
            List.of("Giuseppe", "Francesca", "Marco", "Chiara", "Luca", "Giulia", "Paolo", "Elena", "Davide", "Sara"),
            List.of("José", "María", "Andrés", "Lucía", "Sebastián", "Mónica", "Íñigo", "Ángela", "Raúl", "Begoña",
                    "Joaquín", "Inés"),
            List.of("Алексей", "Ольга", "Сергей", "Татьяна", "Михаил", "Наталья", "Андрей", "Екатерина", "Игорь",
                    "Ирина"),
            List.of("伟", "芳", "强", "静", "磊", "敏", "军", "丽", "洋", "娜", "勇", "婷"));

    private static final List<List<String>> LAST = List.of(
            List.of("Smith", "Johnson", "Brown", "Taylor", "Wilson", "Clarke", "Walker", "Wright", "Patel", "Nguyen",
                    "Kowalski", "Jansen", "Lindqvist", "Novák", "Yılmaz", "Tanaka"),
            List.of("Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schäfer",
                    "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann"),
            List.of("Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Laurent", "Girard", "Bonnet", "Rousseau",
                    "Mercier"),
            List.of("Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino",
                    "Greco"),
            List.of("García", "Martínez", "López", "Sánchez", "Pérez", "Gómez", "Fernández", "Díaz", "Muñoz",
                    "Ibáñez", "Peña", "Núñez"),
            List.of("Иванов", "Смирнов", "Кузнецов", "Попов", "Соколов", "Лебедев", "Козлов", "Новиков", "Морозов",
                    "Волков"),
            List.of("王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙"));

    /** Russian first names of women, whose surnames take the feminine ending. */
    private static final Set<String> RU_WOMEN = Set.of("Ольга", "Татьяна", "Наталья", "Екатерина", "Ирина");

    private DemoNames() {
    }

    /** A person's name in the style of {@code country} (a country name as the demo accounts spell it). */
    static String person(SplittableRandom random, String country) {
        Style style = style(country);
        String first = pick(random, FIRST.get(style.ordinal()));
        String last = pick(random, LAST.get(style.ordinal()));
        return switch (style) {
            case ZH -> last + first;
            case RU -> first + " " + (RU_WOMEN.contains(first) ? last + "а" : last);
            default -> first + " " + last;
        };
    }

    private static Style style(String country) {
        if (GERMAN.contains(country)) {
            return Style.DE;
        } else if (SPANISH.contains(country)) {
            return Style.ES;
        }
        return switch (country) {
            case "France" -> Style.FR;
            case "Italy" -> Style.IT;
            case "Russia" -> Style.RU;
            case "China" -> Style.ZH;
            default -> Style.EN;
        };
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
