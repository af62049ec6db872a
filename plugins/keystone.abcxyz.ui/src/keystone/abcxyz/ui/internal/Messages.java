package keystone.abcxyz.ui.internal;

import org.eclipse.osgi.util.NLS;

/**
 * The ABC-XYZ views' user-visible strings, from {@code messages.properties} and its translations.
 */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "keystone.abcxyz.ui.internal.messages";

    public static String Settings_window;
    public static String Settings_to;
    public static String Settings_measure;
    public static String Settings_revenue;
    public static String Settings_margin;
    public static String Settings_abcCuts;
    public static String Settings_xyzCuts;
    public static String Settings_recompute;
    public static String Settings_invalidMonth;
    public static String Settings_invalid;
    public static String Matrix_summary;
    public static String Matrix_empty;
    public static String Matrix_cell;
    public static String Matrix_computing;
    public static String Column_rank;
    public static String Column_customer;
    public static String Column_id;
    public static String Column_value;
    public static String Column_shareBefore;
    public static String Column_cv;
    public static String Column_flags;
    public static String Flag_keyAccount;
    public static String Flag_new;
    public static String Flag_lapsed;
    public static String MakeKeyAccount;
    public static String MakeKeyAccount_already;
    public static String Strategy_AX;
    public static String Strategy_AY;
    public static String Strategy_AZ;
    public static String Strategy_BX;
    public static String Strategy_BY;
    public static String Strategy_BZ;
    public static String Strategy_CX;
    public static String Strategy_CY;
    public static String Strategy_CZ;
    public static String Charts_scatter;
    public static String Charts_pareto;
    public static String Charts_export;
    public static String Charts_exportJob;
    public static String Charts_exportFailed;
    public static String Scatter_title;
    public static String Scatter_xAxis;
    public static String Scatter_yAxis;
    public static String Pareto_title;
    public static String Pareto_xAxis;
    public static String Pareto_yAxis;
    public static String Pareto_series;
    public static String Charts_noData;
    public static String Movement_from;
    public static String Movement_to;
    public static String Movement_compare;
    public static String Movement_year;
    public static String Movement_run;
    public static String Movement_summary;
    public static String Movement_fromCell;
    public static String Movement_moverCustomer;
    public static String Movement_moverFrom;
    public static String Movement_moverTo;
    public static String Movement_keyAccount;
    public static String Movement_job;
    public static String SaveRun;
    public static String SaveRun_done;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    private Messages() {
    }
}
