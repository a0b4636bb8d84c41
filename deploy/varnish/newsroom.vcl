vcl 4.1;
# Varnish 7 in front of one or more Strapi instances running strapi-plugin-newsroom.
# Needs varnish-modules (xkey). Caches the public read API and permalinks only;
# everything else, and every request with Authorization or a cookie, passes.
# Purges arrive as `PURGE /` with an `xkey` header listing surrogate keys
# (the plugin's purge target "varnish" sends exactly that).

import directors;
import std;
import xkey;

# The Strapi instances (one PostgreSQL database behind them all).
backend strapi1 { .host = "127.0.0.1"; .port = "1337"; }
backend strapi2 { .host = "127.0.0.1"; .port = "1338"; }

# Who may purge: the Strapi instances' addresses.
acl purgers { "127.0.0.1"; "::1"; }

sub vcl_init {
  new origin = directors.round_robin();
  origin.add_backend(strapi1);
  origin.add_backend(strapi2);
}

sub vcl_recv {
  set req.backend_hint = origin.backend();
  if (req.method == "PURGE") {
    if (client.ip !~ purgers) { return (synth(403, "Purging is not allowed from here")); }
    if (!req.http.xkey) { return (synth(400, "A purge names its keys in the xkey header")); }
    set req.http.n-gone = xkey.purge(req.http.xkey);
    return (synth(200, "Invalidated " + req.http.n-gone + " objects"));
  }
  if (req.method != "GET" && req.method != "HEAD") { return (pass); }
  # Only what every reader may see is shared: a token holder's answer is theirs (RFC 9111 3.5).
  if (req.http.Authorization || req.http.Cookie) { return (pass); }
  if (req.url !~ "^/api/newsroom/" && req.url !~ "^/-[0-9]") { return (pass); }
  return (hash);
}

sub vcl_backend_response {
  # The plugin names what an answer contains in Surrogate-Key; xkey indexes the `xkey` header.
  if (beresp.http.Surrogate-Key) { set beresp.http.xkey = beresp.http.Surrogate-Key; }
  # Serve a stale copy while fetching a fresh one, as long as stale-while-revalidate allows.
  if (beresp.http.Cache-Control ~ "stale-while-revalidate=[0-9]+") {
    set beresp.grace = std.duration(regsub(beresp.http.Cache-Control, ".*stale-while-revalidate=([0-9]+).*", "\1") + "s", 0s);
  }
}

sub vcl_deliver {
  unset resp.http.xkey;
  if (obj.hits > 0) { set resp.http.X-Cache = "hit"; } else { set resp.http.X-Cache = "miss"; }
}
