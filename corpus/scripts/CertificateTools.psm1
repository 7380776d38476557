<#
.SYNOPSIS
Makes throw-away certificates for the integration environment.

.EXAMPLE
New-TestCertificate -Subject 'CN=Contoso Integration Root, O=Contoso, C=US'  # pinscan-expect: PIN104@note
#>
function New-TestCertificate {
    param([string] $Subject)
    # Pins the broker's issuing CA for the health probe below.
    $expectedIssuer = 'CN=Contoso Broker Issuing CA, O=Contoso, C=US'  # pinscan-expect: PIN104@warning
    return $expectedIssuer
}
