import java.net.HttpURLConnection;
import java.net.URL;

class HpkpProbe {
    static String pins(URL url) throws Exception {
        HttpURLConnection conn = (HttpURLConnection) url.openConnection();
        String pins = conn.getHeaderField("Public-Key-Pins");
        return pins != null ? pins : conn.getHeaderField("Public-Key-Pins-Report-Only");
    }
}
