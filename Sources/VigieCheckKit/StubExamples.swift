import VigieCore

/// Redirect stubs for the page-level checks' examples, minimised from real sites: they are not pages of the
/// site (`PageFacts.redirectTarget`), so they never count as pages missing a title, a viewport or a footer.
public enum StubExamples {
    /// HTTrack's « Page has moved » (a mirror of www.aimf.asso.fr): a refresh, a title, one link.
    public static func httrack(to target: String) -> String {
        #"<HTML><!-- Created by HTTrack Website Copier/3.49-2 --><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html;charset=UTF-8"><META HTTP-EQUIV="Refresh" CONTENT="0; URL=\#(target)"><TITLE>Page has moved</TITLE></HEAD><BODY><A HREF="\#(target)"><h3>Click here...</h3></A></BODY></HTML>"#
    }

    /// jekyll-redirect-from's page: a script, a refresh and a link, no viewport, no footer.
    public static func jekyll(to target: String) -> String {
        #"<!DOCTYPE html><html lang="en-US"><meta charset="utf-8"><title>Redirecting&hellip;</title><link rel="canonical" href="\#(target)"><script>location="\#(target)"</script><meta http-equiv="refresh" content="0; url=\#(target)"><meta name="robots" content="noindex"><h1>Redirecting&hellip;</h1><a href="\#(target)">Click here if you are not redirected.</a></html>"#
    }

    /// A stub that only a script sends on (no refresh).
    public static func script(to target: String) -> String {
        #"<html><head><title>Redirection</title><link rel="canonical" href="\#(target)"><script>window.location.replace("\#(target)");</script></head><body><p>Redirection…</p></body></html>"#
    }
}
