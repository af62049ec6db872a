package keystone.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The texts of {@link DemoPlans}: SWOT entries, actions per metric, opportunities in the language of the account's
 * country, risks, budget items and review notes.
 */
final class DemoPlanTexts {

    static final List<String> CUSTOMER_STRENGTHS = List.of("Market leader in its home region",
            "Strong balance sheet and steady investment budget", "Modern plants with high automation",
            "Loyal end customers and long framework contracts", "Engineering team respected across the industry");
    static final List<String> CUSTOMER_WEAKNESSES = List.of("Slow, committee-driven purchasing decisions",
            "Ageing installed base with rising maintenance cost", "Thin margins under price pressure from Asia",
            "High turnover in the purchasing department");
    static final List<String> CUSTOMER_OPPORTUNITIES = List.of("New plant or line expansion announced",
            "Public funding for energy-efficiency upgrades", "Nearshoring brings new projects to the region",
            "Shift to electrification opens new product areas");
    static final List<String> CUSTOMER_THREATS = List.of("Demand falls with the business cycle",
            "Stricter regulation raises compliance cost", "New low-cost competitors in its core market",
            "Currency swings squeeze import budgets");
    static final List<String> OUR_STRENGTHS = List.of("Incumbent supplier with an excellent delivery record",
            "Local service team within four hours of the main plant", "Broadest product range among its suppliers",
            "Trusted relationship with the technical director");
    static final List<String> OUR_WEAKNESSES = List.of("Prices 5-8 % above the cheapest competitor",
            "Little access to top management", "Documentation and certificates often arrive late",
            "Single-threaded: one salesperson holds the relationship");
    static final List<String> OUR_OPPORTUNITIES = List.of("Sell the service contract to the new plant",
            "Replace the competitor's ageing installed base", "Offer a total-cost-of-ownership programme",
            "Co-develop the next product generation with their engineers");
    static final List<String> OUR_THREATS = List.of("Competitor offers a framework agreement at lower prices",
            "Purchasing plans to dual-source every critical component", "Our champion may retire this year",
            "Lead times of our own suppliers keep growing");

    static final Map<Metric, List<String>> ACTIONS = Map.of(
            Metric.REVENUE, List.of("Present the volume roadmap to purchasing", "Agree the annual framework prices",
                    "Run a joint forecast review every quarter", "Quote the spare-parts package for all plants"),
            Metric.MARGIN, List.of("Move small orders to the web shop", "Introduce the premium service level",
                    "Renegotiate freight terms", "Replace discounts by volume bonuses"),
            Metric.SHARE_OF_WALLET, List.of("Map the categories bought from competitors",
                    "Offer a trial of the valve range at the second plant", "Win the maintenance tender"),
            Metric.PRODUCT_LINES, List.of("Demonstrate the sensor kits at the plant",
                    "Run a pilot of the filtration line",
                    "Train their maintenance team on the new product range"),
            Metric.COMPLAINT_RESOLUTION_RATE, List.of("Set up a weekly complaint review with quality",
                    "Give the service team authority to replace parts on site", "Close the open 8D reports"),
            Metric.DECISION_MAKER_COVERAGE, List.of("Meet the CFO with our managing director",
                    "Invite the operations director to our plant", "Introduce our engineering head to their CTO"),
            Metric.CUSTOM, List.of("Bundle deliveries into weekly shipments", "Switch invoicing to the portal",
                    "Agree consignment stock for fast movers"));
    static final List<String> GENERAL_ACTIONS = List.of("Prepare the quarterly business review",
            "Update the decision map after the reorganisation", "Send the customer satisfaction survey");

    private static final Map<String, List<String>> OPPORTUNITIES = Map.of(
            "Germany", List.of("Rahmenvertrag Ersatzteile Werk Brno", "Retrofit Antriebe Halle 3",
                    "Servicevertrag Windgetriebe-Prüfstand", "Pumpen für das neue Werk Pune"),
            "Russia", List.of("Модернизация насосов аммиачного цеха", "Поставка арматуры на летний ремонт",
                    "Сервисный контракт на 2 года", "Уплотнения для новой установки"),
            "China", List.of("安亭工厂二期压缩机", "电池壳体产线热管理系统", "年度备件框架协议", "售后服务合同"),
            "Mexico", List.of("Planta de tratamiento de agua Apodaca", "Bombas para el parque industrial Salinas",
                    "Contrato marco de refacciones", "Sistemas de accionamiento autopista Monterrey"),
            "Spain", List.of("Compresores para electrolizador de 20 MW", "Contrato de mantenimiento parque eólico",
                    "Ampliación planta de hidrógeno Santander", "Repuestos para aerogeneradores"),
            "France", List.of("Remplacement des vannes atelier 3", "Joints PTFE pour le site de Lyon",
                    "Contrat de maintenance prédictive", "Audit de fiabilité des pompes"),
            "Sweden", List.of("Filtreringslinje Göteborg", "Ventiler till sterilisatorfabriken",
                    "Serviceavtal för produktionslinjerna", "Ny renrumslinje i Mölndal"));
    private static final List<String> OPPORTUNITIES_EN = List.of("Compressor package for the new substation",
            "Control cabinets for the gas compression station", "Framework agreement for spare parts",
            "Service contract for the Houston yard");

    static final List<String[]> RISKS = List.of(
            new String[] {"The competitor's framework offer undercuts our prices",
                "Show total cost of ownership; offer a two-year price guarantee"},
            new String[] {"Our champion in engineering retires", "Build relationships with the successor and the "
                    + "operations director now"},
            new String[] {"Project start slips because of permits or funding", "Keep capacity flexible; agree a "
                    + "reservation fee"},
            new String[] {"Quality problems repeat after last year's complaints", "Run the 8D process with their "
                    + "quality team; add an incoming inspection"},
            new String[] {"Purchasing dual-sources the critical parts", "Offer consignment stock and a service-level "
                    + "agreement"});
    static final List<String> BUDGET_ITEMS = List.of("Account team travel and visits", "Technical service days on site",
            "Customer events and plant tours", "Samples, trials and pilots", "Executive sponsor meetings");
    static final List<String> REVIEW_NOTES = List.of("Targets confirmed; actions re-prioritised after the price talks.",
            "Behind on revenue; agreed to push the spare-parts framework.", "Good progress on coverage of top "
                    + "management; two actions closed.", "New purchasing head: relationship to be rebuilt.",
            "Ahead of plan thanks to the early shutdown orders.");

    private DemoPlanTexts() {
    }

    /** Opportunity names in the language of {@code country}, English for others. */
    static List<String> opportunities(String country) {
        return OPPORTUNITIES.getOrDefault(country, OPPORTUNITIES_EN);
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** {@code count} different entries of {@code values} (all of them when there are fewer), in random order. */
    static <T> List<T> some(SplittableRandom random, List<T> values, int count) {
        List<T> copy = new ArrayList<>(values);
        for (int i = copy.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            copy.set(i, copy.set(j, copy.get(i)));
        }
        return List.copyOf(copy.subList(0, Math.min(count, copy.size())));
    }
}
