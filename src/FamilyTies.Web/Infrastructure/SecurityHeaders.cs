namespace FamilyTies.Web.Infrastructure;

public static class SecurityHeaders
{
    /// <summary>
    /// Everything is served from this origin; no inline script (GOV.UK's "js-enabled" snippet is a file),
    /// no framing, no referrer beyond this origin.
    /// </summary>
    public static HeaderPolicyCollection Policy() => new HeaderPolicyCollection()
        .AddFrameOptionsDeny()
        .AddContentTypeOptionsNoSniff()
        .AddReferrerPolicyStrictOriginWhenCrossOrigin()
        .AddCrossOriginOpenerPolicy(b => b.SameOrigin())
        .AddPermissionsPolicy(b =>
        {
            b.AddCamera().None();
            b.AddMicrophone().None();
            b.AddGeolocation().None();
        })
        .AddContentSecurityPolicy(b =>
        {
            b.AddDefaultSrc().Self();
            b.AddScriptSrc().Self();
            b.AddStyleSrc().Self();
            b.AddImgSrc().Self().Data();
            b.AddFontSrc().Self();
            b.AddConnectSrc().Self();
            b.AddObjectSrc().None();
            b.AddBaseUri().Self();
            b.AddFormAction().Self();
            b.AddFrameAncestors().None();
        })
        .RemoveServerHeader();
}
