package keystone.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The word lists the demo generator combines into customer names, countries, industries and products.
 */
final class DemoNames {

    /** Languages whose naming conventions the generator imitates; others fall back to English names. */
    enum Language {
        EN, DE, FR, IT, ES, RU, ZH
    }

    /**
     * An industry with the word a company of that industry puts into its name, per language, so that a
     * Chinese logistics company is called "...物流有限公司" rather than "... Logistics".
     */
    record Industry(String name, String en, String de, String fr, String it, String es, String ru, String zh) {

        String word(Language language) {
            return switch (language) {
                case EN -> en;
                case DE -> de;
                case FR -> fr;
                case IT -> it;
                case ES -> es;
                case RU -> ru;
                case ZH -> zh;
            };
        }
    }

    /** A country with its naming language, usual legal forms and a weight: how many of our customers sit there. */
    record Country(String name, Language language, List<String> legalForms, int weight) {
    }

    /**
     * A product group with the range of its unit price, so that quantities look plausible for the amounts, and
     * how much better or worse than average its margin is (services and spare parts earn more than machines).
     */
    record Product(String name, double minUnitPrice, double maxUnitPrice, double marginDelta) {
    }

    static final List<Industry> INDUSTRIES = List.of(
            new Industry("Manufacturing", "Manufacturing", "Maschinenbau", "Industries", "Meccanica", "Industrias",
                    "Маш", "机械"),
            new Industry("Retail", "Retail", "Handel", "Distribution", "Distribuzione", "Comercial", "Торг", "商贸"),
            new Industry("Energy", "Energy", "Energie", "Énergie", "Energia", "Energía", "Энерго", "能源"),
            new Industry("Healthcare", "Healthcare", "Medizintechnik", "Santé", "Sanità", "Salud", "Мед", "医疗"),
            new Industry("Logistics", "Logistics", "Logistik", "Logistique", "Logistica", "Logística", "Транс",
                    "物流"),
            new Industry("Construction", "Construction", "Bau", "Bâtiment", "Costruzioni", "Construcciones", "Строй",
                    "建设"),
            new Industry("Food and beverages", "Foods", "Lebensmittel", "Alimentaire", "Alimentari", "Alimentos",
                    "Продукт", "食品"),
            new Industry("Chemicals", "Chemicals", "Chemie", "Chimie", "Chimica", "Química", "Хим", "化工"),
            new Industry("Telecommunications", "Telecom", "Telekom", "Télécom", "Telecomunicazioni",
                    "Telecomunicaciones", "Связь", "通信"),
            new Industry("Automotive", "Automotive", "Fahrzeugteile", "Automobile", "Automotive", "Automoción",
                    "Авто", "汽车配件"),
            new Industry("Mining", "Mining", "Bergbau", "Mines", "Estrazioni", "Minería", "Руда", "矿业"),
            new Industry("Pharmaceuticals", "Pharmaceuticals", "Pharma", "Pharma", "Farmaceutica", "Farmacéutica",
                    "Фарм", "制药"));

    static final List<Country> COUNTRIES = List.of(
            new Country("Germany", Language.DE, List.of("GmbH", "GmbH & Co. KG", "AG"), 14),
            new Country("Austria", Language.DE, List.of("GmbH", "AG"), 3),
            new Country("Switzerland", Language.DE, List.of("AG", "GmbH"), 3),
            new Country("France", Language.FR, List.of("SAS", "SA", "SARL"), 6),
            new Country("Italy", Language.IT, List.of("S.p.A.", "S.r.l."), 5),
            new Country("Spain", Language.ES, List.of("S.A.", "S.L."), 6),
            new Country("Netherlands", Language.EN, List.of("B.V.", "N.V."), 4),
            new Country("Poland", Language.EN, List.of("Sp. z o.o.", "S.A."), 4),
            new Country("Sweden", Language.EN, List.of("AB"), 3),
            new Country("Czech Republic", Language.EN, List.of("s.r.o.", "a.s."), 2),
            new Country("United Kingdom", Language.EN, List.of("Ltd", "plc"), 5),
            new Country("Russia", Language.RU, List.of("ООО", "АО", "ПАО"), 6),
            new Country("Turkey", Language.EN, List.of("A.Ş."), 2),
            new Country("United States", Language.EN, List.of("Inc.", "Corp.", "LLC"), 8),
            new Country("Canada", Language.EN, List.of("Inc.", "Ltd."), 3),
            new Country("Mexico", Language.ES, List.of("S.A. de C.V.", "S. de R.L. de C.V."), 5),
            new Country("Brazil", Language.EN, List.of("Ltda.", "S.A."), 3),
            new Country("Argentina", Language.ES, List.of("S.A.", "S.R.L."), 2),
            new Country("Chile", Language.ES, List.of("S.A.", "SpA"), 2),
            new Country("Colombia", Language.ES, List.of("S.A.S.", "S.A."), 2),
            new Country("China", Language.ZH, List.of("有限公司", "股份有限公司"), 7),
            new Country("Japan", Language.EN, List.of("Co., Ltd.", "K.K."), 3),
            new Country("South Korea", Language.EN, List.of("Co., Ltd."), 2),
            new Country("India", Language.EN, List.of("Pvt. Ltd.", "Ltd."), 3),
            new Country("Singapore", Language.EN, List.of("Pte. Ltd."), 2));

    /** Invented brand-like stems for English-style names. */
    private static final List<String> EN_STEMS = List.of("Northbridge", "Bluewater", "Ironwood", "Silverline",
            "Redstone", "Greenfield", "Summit", "Atlas", "Crescent", "Harbor", "Pinnacle", "Apex", "Orion",
            "Vertex", "Horizon", "Falcon", "Granite", "Sterling", "Riverside", "Oakridge", "Westfield", "Eastgate",
            "Lakeshore", "Highland", "Clearwater", "Cobalt", "Titan", "Nova", "Polaris", "Evergreen", "Crestline",
            "Baltic", "Delta", "Sunrise", "Kestrel", "Beacon", "Unity", "Pacific", "Continental", "Fairmont");

    private static final List<String> DE_SURNAMES = List.of("Hoffmann", "Becker", "Schulz", "Wagner", "Krüger",
            "Neumann", "Schröder", "Vogel", "Lehmann", "Köhler", "Weiß", "Müller", "Fischer", "Schäfer",
            "Zimmermann", "Hartmann", "Lange", "Böhm", "Kühn", "Graf");

    private static final List<String> FR_SURNAMES = List.of("Dubois", "Moreau", "Laurent", "Girard", "Bonnet",
            "Mercier", "Fontaine", "Chevalier", "Rousseau", "Lefebvre", "Garnier", "Faure", "Rémy", "Chéron");

    private static final List<String> IT_SURNAMES = List.of("Rossi", "Bianchi", "Ferrari", "Romano", "Colombo",
            "Ricci", "Marino", "Greco", "Bruno", "Gallo", "Conti", "Esposito", "Fabbri", "Moretti");

    private static final List<String> ES_SURNAMES = List.of("Álvarez", "Martínez", "Gómez", "Pérez", "Rodríguez",
            "Fernández", "Sánchez", "Jiménez", "Muñoz", "Núñez", "Márquez", "Domínguez", "Hernández", "Vázquez",
            "Peña", "Ordóñez", "Gutiérrez", "Castañeda", "Durán", "Echeverría");

    /** Rivers, mountains and regions; Russian company names are typically built from such a place and a trade. */
    private static final List<String> RU_STEMS = List.of("Волга", "Урал", "Сибирь", "Байкал", "Нева", "Кама",
            "Алтай", "Север", "Ока", "Амур", "Дон", "Енисей", "Ладога", "Таймыр", "Кубань");

    private static final List<String> ZH_CITIES = List.of("上海", "北京", "深圳", "广州", "天津", "重庆", "杭州", "苏州",
            "成都", "武汉", "宁波", "青岛");

    private static final List<String> ZH_STEMS = List.of("华东", "宏达", "恒信", "永兴", "金龙", "东方", "中联", "瑞丰",
            "长城", "新兴", "鑫源", "华盛");

    /** What we sell: an industrial supplier's product groups, from spare parts to engineering services. */
    static final List<Product> PRODUCTS = List.of(
            new Product("Industrial valves", 80, 2_400, 0.0),
            new Product("Pumps", 600, 18_000, -0.02),
            new Product("Bearings", 12, 450, 0.02),
            new Product("Drive systems", 1_500, 42_000, -0.04),
            new Product("Sensors", 40, 900, 0.03),
            new Product("Control cabinets", 3_000, 35_000, -0.03),
            new Product("Seals and gaskets", 2, 60, 0.06),
            new Product("Spare parts", 5, 300, 0.08),
            new Product("Compressors", 2_500, 60_000, -0.05),
            new Product("Filtration", 30, 1_200, 0.02),
            new Product("Maintenance service", 90, 140, 0.07),
            new Product("Engineering service", 110, 190, 0.05),
            new Product("Training", 450, 1_800, 0.04));

    /** Our own sales people, who own the key accounts and sit in their teams. */
    static final List<String> SALES_PEOPLE = List.of("Anna Keller", "Thomas Brenner", "Carmen Ortega",
            "Dmitri Volkov", "Li Wei", "Sophie Martin", "Jonas Weber", "Petra Lang", "Rafael Cruz", "Elena Sokolova");

    private DemoNames() {
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static Country pickCountry(SplittableRandom random) {
        int total = COUNTRIES.stream().mapToInt(Country::weight).sum();
        int r = random.nextInt(total);
        for (Country country : COUNTRIES) {
            r -= country.weight();
            if (r < 0) {
                return country;
            }
        }
        throw new IllegalStateException("country weights");
    }

    /** A company name in the style of {@code country}; not necessarily unique, the caller draws again if taken. */
    static String companyName(SplittableRandom random, Country country, Industry industry) {
        String word = industry.word(country.language());
        String form = pick(random, country.legalForms());
        return switch (country.language()) {
            case EN -> pick(random, EN_STEMS) + " " + word + " " + form;
            case DE -> pick(random, DE_SURNAMES) + " " + word + " " + form;
            case FR -> word + " " + pick(random, FR_SURNAMES) + " " + form;
            case IT -> pick(random, IT_SURNAMES) + " " + word + " " + form;
            case ES -> word + " " + pick(random, ES_SURNAMES) + " " + form;
            case RU -> form + " «" + pick(random, RU_STEMS) + "-" + word + "»";
            case ZH -> pick(random, ZH_CITIES) + pick(random, ZH_STEMS) + word + form;
        };
    }
}
