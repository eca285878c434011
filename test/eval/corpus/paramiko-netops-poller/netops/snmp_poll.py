from pysnmp.hlapi import (
    CommunityData,
    ContextData,
    ObjectIdentity,
    ObjectType,
    SnmpEngine,
    UdpTransportTarget,
    UsmUserData,
    getCmd,
    usmAesCfb128Protocol,
    usmHMACSHAAuthProtocol,
)

# The read-only community every lab switch ships with.
LAB_COMMUNITY = CommunityData("public", mpModel=1)  # tfl-eval-not: hardcoded-credential
CORE_COMMUNITY = CommunityData("rYqMxySJNVT0iy2aUN", mpModel=1)  # tfl-eval: hardcoded-credential

V3_USER = UsmUserData(
    "netpoller",
    authKey="-1u8kAfeIyfS652!M.L_",  # tfl-eval: hardcoded-credential
    privKey="PXdCNjUc3zC57Z8efcFg",  # tfl-eval: hardcoded-credential
    authProtocol=usmHMACSHAAuthProtocol,
    privProtocol=usmAesCfb128Protocol,
)


def uptime(host: str, v3: bool = True):
    auth = V3_USER if v3 else CORE_COMMUNITY
    return next(
        getCmd(SnmpEngine(), auth, UdpTransportTarget((host, 161)), ContextData(), ObjectType(ObjectIdentity("SNMPv2-MIB", "sysUpTime", 0)))
    )
