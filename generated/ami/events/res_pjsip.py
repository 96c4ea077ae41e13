# DO NOT EDIT. Generated from spec/*.yaml by codegen/ (template: event_module.py.jinja).
# Run "make generate" to rebuild.
"""AMI events raised by the Asterisk module ``res_pjsip``, as typed classes.

Each class reads its headers lazily, on access, and never raises on what the server
sent; every header, documented or not, stays available through ``get``/``get_all``.
"""

from __future__ import annotations

from typing import ClassVar

from ami_runtime.headers import IntHeader, StrHeader
from ami_runtime.message import Event

from ._groups import ListCompleteFields

__all__ = [
    "AorDetail",
    "AorList",
    "AorListComplete",
    "AuthDetail",
    "AuthList",
    "AuthListComplete",
    "ContactList",
    "ContactListComplete",
    "ContactStatusDetail",
    "EndpointDetail",
    "EndpointDetailComplete",
    "EndpointList",
    "EndpointListComplete",
    "IdentifyDetail",
    "TransportDetail",
]


class AorDetail(Event):
    """Provide details about an Address of Record (AoR) section.

    ``Event: AorDetail``. Class: command. Asterisk: documented since 13.12.0, 14.1.0.
    Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AorDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.12.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'aor'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    minimum_expiration = StrHeader("MinimumExpiration")
    """The MinimumExpiration header. Header ``MinimumExpiration``."""

    maximum_expiration = StrHeader("MaximumExpiration")
    """The MaximumExpiration header. Header ``MaximumExpiration``."""

    default_expiration = StrHeader("DefaultExpiration")
    """The DefaultExpiration header. Header ``DefaultExpiration``."""

    qualify_frequency = StrHeader("QualifyFrequency")
    """The QualifyFrequency header. Header ``QualifyFrequency``."""

    authenticate_qualify = StrHeader("AuthenticateQualify")
    """The AuthenticateQualify header. Header ``AuthenticateQualify``."""

    max_contacts = StrHeader("MaxContacts")
    """The MaxContacts header. Header ``MaxContacts``."""

    remove_existing = StrHeader("RemoveExisting")
    """The RemoveExisting header. Header ``RemoveExisting``."""

    remove_unavailable = StrHeader("RemoveUnavailable")
    """The RemoveUnavailable header. Header ``RemoveUnavailable``."""

    mailboxes = StrHeader("Mailboxes")
    """The Mailboxes header. Header ``Mailboxes``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The OutboundProxy header. Header ``OutboundProxy``."""

    support_path = StrHeader("SupportPath")
    """The SupportPath header. Header ``SupportPath``."""

    qualify2xx_only = StrHeader("Qualify2xxOnly")
    """The Qualify2xxOnly header. Header ``Qualify2xxOnly``."""

    qualify_timeout = StrHeader("QualifyTimeout")
    """The QualifyTimeout header. Header ``QualifyTimeout``."""

    voicemail_extension = StrHeader("VoicemailExtension")
    """The VoicemailExtension header. Header ``VoicemailExtension``."""

    contacts = StrHeader("Contacts")
    """A comma-separated list of contacts associated with this AoR. Header ``Contacts``."""

    total_contacts = IntHeader("TotalContacts")
    """The total number of contacts associated with this AoR. Header ``TotalContacts``."""

    contacts_registered = IntHeader("ContactsRegistered")
    """The number of non-permanent contacts associated with this AoR. Header
    ``ContactsRegistered``."""

    endpoint_name = StrHeader("EndpointName")
    """The name of the endpoint associated with this information. Header ``EndpointName``."""


class AorList(Event):
    """Provide details about an Address of Record (AoR) section.

    ``Event: AorList``. Class: command. Asterisk: documented since 16.0.0. Verified live on
    Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AorList"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'aor'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    minimum_expiration = StrHeader("MinimumExpiration")
    """The MinimumExpiration header. Header ``MinimumExpiration``."""

    maximum_expiration = StrHeader("MaximumExpiration")
    """The MaximumExpiration header. Header ``MaximumExpiration``."""

    default_expiration = StrHeader("DefaultExpiration")
    """The DefaultExpiration header. Header ``DefaultExpiration``."""

    qualify_frequency = StrHeader("QualifyFrequency")
    """The QualifyFrequency header. Header ``QualifyFrequency``."""

    qualify_timeout = StrHeader("QualifyTimeout")
    """The QualifyTimeout header. Header ``QualifyTimeout``."""

    qualify2xx_only = StrHeader("Qualify2xxOnly")
    """The Qualify2xxOnly header. Header ``Qualify2xxOnly``."""

    authenticate_qualify = StrHeader("AuthenticateQualify")
    """The AuthenticateQualify header. Header ``AuthenticateQualify``."""

    max_contacts = StrHeader("MaxContacts")
    """The MaxContacts header. Header ``MaxContacts``."""

    remove_existing = StrHeader("RemoveExisting")
    """The RemoveExisting header. Header ``RemoveExisting``."""

    remove_unavailable = StrHeader("RemoveUnavailable")
    """The RemoveUnavailable header. Header ``RemoveUnavailable``."""

    mailboxes = StrHeader("Mailboxes")
    """The Mailboxes header. Header ``Mailboxes``."""

    voicemail_extension = StrHeader("VoicemailExtension")
    """The VoicemailExtension header. Header ``VoicemailExtension``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The OutboundProxy header. Header ``OutboundProxy``."""

    support_path = StrHeader("SupportPath")
    """The SupportPath header. Header ``SupportPath``."""

    contacts = StrHeader("Contacts")
    """A comma-separated list of contacts associated with this AoR. Header ``Contacts``."""


class AorListComplete(ListCompleteFields):
    """Provide final information about an aor list.

    ``Event: AorListComplete``. Class: command. Asterisk: documented since 16.0.0. Headers
    of ListCompleteFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AorListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class AuthDetail(Event):
    """Provide details about an authentication section.

    ``Event: AuthDetail``. Class: command. Asterisk: documented since 12.0.0. Verified live
    on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AuthDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'auth'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    username = StrHeader("Username")
    """The Username header. Header ``Username``."""

    password = StrHeader("Password")
    """The Password header. Header ``Password``."""

    md5_cred = StrHeader("Md5Cred")
    """The Md5Cred header. Header ``Md5Cred``."""

    realm = StrHeader("Realm")
    """The Realm header. Header ``Realm``."""

    nonce_lifetime = StrHeader("NonceLifetime")
    """The NonceLifetime header. Header ``NonceLifetime``."""

    auth_type = StrHeader("AuthType")
    """The AuthType header. Header ``AuthType``."""

    endpoint_name = StrHeader("EndpointName")
    """The name of the endpoint associated with this information. Header ``EndpointName``."""

    oauth_clientid = StrHeader("OauthClientid")
    """The OauthClientid header. Header ``OauthClientid``."""

    oauth_secret = StrHeader("OauthSecret")
    """The OauthSecret header. Header ``OauthSecret``."""

    password_digest = StrHeader("PasswordDigest")
    """The PasswordDigest header. Header ``PasswordDigest``."""

    refresh_token = StrHeader("RefreshToken")
    """The RefreshToken header. Header ``RefreshToken``."""

    supported_algorithms_uac = StrHeader("SupportedAlgorithmsUac")
    """The SupportedAlgorithmsUac header. Header ``SupportedAlgorithmsUac``."""

    supported_algorithms_uas = StrHeader("SupportedAlgorithmsUas")
    """The SupportedAlgorithmsUas header. Header ``SupportedAlgorithmsUas``."""


class AuthList(Event):
    """Provide details about an Address of Record (Auth) section.

    ``Event: AuthList``. Class: command. Asterisk: documented since 16.0.0. Verified live on
    Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AuthList"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'auth'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    username = StrHeader("Username")
    """The Username header. Header ``Username``."""

    md5_cred = StrHeader("Md5Cred")
    """The Md5Cred header. Header ``Md5Cred``."""

    realm = StrHeader("Realm")
    """The Realm header. Header ``Realm``."""

    auth_type = StrHeader("AuthType")
    """The AuthType header. Header ``AuthType``."""

    password = StrHeader("Password")
    """The Password header. Header ``Password``."""

    nonce_lifetime = StrHeader("NonceLifetime")
    """The NonceLifetime header. Header ``NonceLifetime``."""

    oauth_clientid = StrHeader("OauthClientid")
    """The OauthClientid header. Header ``OauthClientid``."""

    oauth_secret = StrHeader("OauthSecret")
    """The OauthSecret header. Header ``OauthSecret``."""

    password_digest = StrHeader("PasswordDigest")
    """The PasswordDigest header. Header ``PasswordDigest``."""

    refresh_token = StrHeader("RefreshToken")
    """The RefreshToken header. Header ``RefreshToken``."""

    supported_algorithms_uac = StrHeader("SupportedAlgorithmsUac")
    """The SupportedAlgorithmsUac header. Header ``SupportedAlgorithmsUac``."""

    supported_algorithms_uas = StrHeader("SupportedAlgorithmsUas")
    """The SupportedAlgorithmsUas header. Header ``SupportedAlgorithmsUas``."""


class AuthListComplete(ListCompleteFields):
    """Provide final information about an auth list.

    ``Event: AuthListComplete``. Class: command. Asterisk: documented since 16.0.0. Headers
    of ListCompleteFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "AuthListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class ContactList(Event):
    """Provide details about a contact section.

    ``Event: ContactList``. Class: command. Asterisk: documented since 16.0.0. Verified live
    on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ContactList"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'contact'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    via_addr = StrHeader("ViaAddr")
    """IP address of the last Via header in REGISTER request. Will only appear in the event if
    available. Header ``ViaAddr``."""

    via_port = IntHeader("ViaPort")
    """Port number of the last Via header in REGISTER request. Will only appear in the event if
    available. Header ``ViaPort``."""

    qualify_timeout = StrHeader("QualifyTimeout")
    """The elapsed time in decimal seconds after which an OPTIONS message is sent before the
    contact is considered unavailable. Header ``QualifyTimeout``."""

    call_id = StrHeader("CallId")
    """Content of the Call-ID header in REGISTER request. Will only appear in the event if
    available. Header ``CallId``."""

    reg_server = StrHeader("RegServer")
    """Asterisk Server name. Header ``RegServer``."""

    prune_on_boot = StrHeader("PruneOnBoot")
    """If true delete the contact on Asterisk restart/boot. Header ``PruneOnBoot``."""

    path = StrHeader("Path")
    """The Path header received on the REGISTER. Header ``Path``."""

    endpoint = StrHeader("Endpoint")
    """The name of the endpoint associated with this information. Header ``Endpoint``."""

    authenticate_qualify = StrHeader("AuthenticateQualify")
    """A boolean indicating whether a qualify should be authenticated. Header
    ``AuthenticateQualify``."""

    uri = StrHeader("Uri")
    """This contact's URI. Header ``Uri``."""

    qualify_frequency = StrHeader("QualifyFrequency")
    """The interval in seconds at which the contact will be qualified. Header
    ``QualifyFrequency``."""

    user_agent = StrHeader("UserAgent")
    """Content of the User-Agent header in REGISTER request Header ``UserAgent``."""

    expiration_time = StrHeader("ExpirationTime")
    """Absolute time that this contact is no longer valid after Header ``ExpirationTime``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The contact's outbound proxy. Header ``OutboundProxy``."""

    status = StrHeader("Status")
    """This contact's status. Documented values: Reachable, Unreachable, NonQualified, Unknown.
    Header ``Status``."""

    roundtrip_usec = IntHeader("RoundtripUsec")
    """The round trip time in microseconds. Header ``RoundtripUsec``."""

    qualify2xx_only = StrHeader("Qualify2xxOnly")
    """A boolean indicating whether to only consider a contact available if the OPTIONS
    response has a 2xx status code. Header ``Qualify2xxOnly``."""


class ContactListComplete(ListCompleteFields):
    """Provide final information about a contact list.

    ``Event: ContactListComplete``. Class: command. Asterisk: documented since 16.0.0.
    Headers of ListCompleteFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ContactListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "16.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class ContactStatusDetail(Event):
    """Provide details about a contact's status.

    ``Event: ContactStatusDetail``. Class: command. Asterisk: documented since 13.0.0.
    Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "ContactStatusDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    aor = StrHeader("AOR")
    """The AoR that owns this contact. Header ``AOR``."""

    uri = StrHeader("URI")
    """This contact's URI. Header ``URI``."""

    status = StrHeader("Status")
    """This contact's status. Documented values: Reachable, Unreachable, NonQualified, Unknown.
    Header ``Status``."""

    roundtrip_usec = IntHeader("RoundtripUsec")
    """The round trip time in microseconds. Header ``RoundtripUsec``."""

    endpoint_name = StrHeader("EndpointName")
    """The name of the endpoint associated with this information. Header ``EndpointName``."""

    user_agent = StrHeader("UserAgent")
    """Content of the User-Agent header in REGISTER request Header ``UserAgent``."""

    reg_expire = StrHeader("RegExpire")
    """Absolute time that this contact is no longer valid after Header ``RegExpire``."""

    via_address = StrHeader("ViaAddress")
    """IP address:port of the last Via header in REGISTER request. Will only appear in the
    event if available. Header ``ViaAddress``."""

    call_id = StrHeader("CallID")
    """Content of the Call-ID header in REGISTER request. Will only appear in the event if
    available. Header ``CallID``."""

    id = StrHeader("ID")
    """The sorcery ID of the contact. Header ``ID``."""

    authenticate_qualify = StrHeader("AuthenticateQualify")
    """A boolean indicating whether a qualify should be authenticated. Header
    ``AuthenticateQualify``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The contact's outbound proxy. Header ``OutboundProxy``."""

    path = StrHeader("Path")
    """The Path header received on the REGISTER. Header ``Path``."""

    qualify_frequency = StrHeader("QualifyFrequency")
    """The interval in seconds at which the contact will be qualified. Header
    ``QualifyFrequency``."""

    qualify_timeout = StrHeader("QualifyTimeout")
    """The elapsed time in decimal seconds after which an OPTIONS message is sent before the
    contact is considered unavailable. Header ``QualifyTimeout``."""

    qualify2xx_only = StrHeader("Qualify2xxOnly")
    """Only consider a contact available if the OPTIONS response has a 2xx status code. Header
    ``Qualify2xxOnly``."""


class EndpointDetail(Event):
    """Provide details about an endpoint section.

    ``Event: EndpointDetail``. Class: command. Asterisk: documented since 12.0.0. Verified
    live on Asterisk 20, 22, 23.

    Observed on Asterisk 20, 22, 23: it sends 100rel, FollowRedirectMethods, which the docs
    omit.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "EndpointDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'endpoint'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    context = StrHeader("Context")
    """The Context header. Header ``Context``."""

    allow = StrHeader("Allow")
    """The Allow header. Header ``Allow``."""

    dtmf_mode = StrHeader("DtmfMode")
    """The DtmfMode header. Header ``DtmfMode``."""

    rtp_ipv6 = StrHeader("RtpIpv6")
    """The RtpIpv6 header. Header ``RtpIpv6``."""

    rtp_symmetric = StrHeader("RtpSymmetric")
    """The RtpSymmetric header. Header ``RtpSymmetric``."""

    ice_support = StrHeader("IceSupport")
    """The IceSupport header. Header ``IceSupport``."""

    use_ptime = StrHeader("UsePtime")
    """The UsePtime header. Header ``UsePtime``."""

    force_rport = StrHeader("ForceRport")
    """The ForceRport header. Header ``ForceRport``."""

    rewrite_contact = StrHeader("RewriteContact")
    """The RewriteContact header. Header ``RewriteContact``."""

    transport = StrHeader("Transport")
    """The Transport header. Header ``Transport``."""

    outbound_proxy = StrHeader("OutboundProxy")
    """The OutboundProxy header. Header ``OutboundProxy``."""

    moh_suggest = StrHeader("MohSuggest")
    """The MohSuggest header. Header ``MohSuggest``."""

    timers = StrHeader("Timers")
    """The Timers header. Header ``Timers``."""

    timers_min_se = StrHeader("TimersMinSe")
    """The TimersMinSe header. Header ``TimersMinSe``."""

    timers_sess_expires = StrHeader("TimersSessExpires")
    """The TimersSessExpires header. Header ``TimersSessExpires``."""

    auth = StrHeader("Auth")
    """The Auth header. Header ``Auth``."""

    outbound_auth = StrHeader("OutboundAuth")
    """The OutboundAuth header. Header ``OutboundAuth``."""

    aors = StrHeader("Aors")
    """The Aors header. Header ``Aors``."""

    media_address = StrHeader("MediaAddress")
    """The MediaAddress header. Header ``MediaAddress``."""

    identify_by = StrHeader("IdentifyBy")
    """The IdentifyBy header. Header ``IdentifyBy``."""

    direct_media = StrHeader("DirectMedia")
    """The DirectMedia header. Header ``DirectMedia``."""

    direct_media_method = StrHeader("DirectMediaMethod")
    """The DirectMediaMethod header. Header ``DirectMediaMethod``."""

    trust_connected_line = StrHeader("TrustConnectedLine")
    """The TrustConnectedLine header. Header ``TrustConnectedLine``."""

    send_connected_line = StrHeader("SendConnectedLine")
    """The SendConnectedLine header. Header ``SendConnectedLine``."""

    connected_line_method = StrHeader("ConnectedLineMethod")
    """The ConnectedLineMethod header. Header ``ConnectedLineMethod``."""

    direct_media_glare_mitigation = StrHeader("DirectMediaGlareMitigation")
    """The DirectMediaGlareMitigation header. Header ``DirectMediaGlareMitigation``."""

    disable_direct_media_on_nat = StrHeader("DisableDirectMediaOnNat")
    """The DisableDirectMediaOnNat header. Header ``DisableDirectMediaOnNat``."""

    callerid = StrHeader("Callerid")
    """The Callerid header. Header ``Callerid``."""

    callerid_privacy = StrHeader("CalleridPrivacy")
    """The CalleridPrivacy header. Header ``CalleridPrivacy``."""

    callerid_tag = StrHeader("CalleridTag")
    """The CalleridTag header. Header ``CalleridTag``."""

    trust_id_inbound = StrHeader("TrustIdInbound")
    """The TrustIdInbound header. Header ``TrustIdInbound``."""

    trust_id_outbound = StrHeader("TrustIdOutbound")
    """The TrustIdOutbound header. Header ``TrustIdOutbound``."""

    send_pai = StrHeader("SendPai")
    """The SendPai header. Header ``SendPai``."""

    send_rpid = StrHeader("SendRpid")
    """The SendRpid header. Header ``SendRpid``."""

    send_diversion = StrHeader("SendDiversion")
    """The SendDiversion header. Header ``SendDiversion``."""

    mailboxes = StrHeader("Mailboxes")
    """The Mailboxes header. Header ``Mailboxes``."""

    aggregate_mwi = StrHeader("AggregateMwi")
    """The AggregateMwi header. Header ``AggregateMwi``."""

    media_encryption = StrHeader("MediaEncryption")
    """The MediaEncryption header. Header ``MediaEncryption``."""

    media_encryption_optimistic = StrHeader("MediaEncryptionOptimistic")
    """The MediaEncryptionOptimistic header. Header ``MediaEncryptionOptimistic``."""

    use_avpf = StrHeader("UseAvpf")
    """The UseAvpf header. Header ``UseAvpf``."""

    force_avp = StrHeader("ForceAvp")
    """The ForceAvp header. Header ``ForceAvp``."""

    media_use_received_transport = StrHeader("MediaUseReceivedTransport")
    """The MediaUseReceivedTransport header. Header ``MediaUseReceivedTransport``."""

    one_touch_recording = StrHeader("OneTouchRecording")
    """The OneTouchRecording header. Header ``OneTouchRecording``."""

    inband_progress = StrHeader("InbandProgress")
    """The InbandProgress header. Header ``InbandProgress``."""

    call_group = StrHeader("CallGroup")
    """The CallGroup header. Header ``CallGroup``."""

    pickup_group = StrHeader("PickupGroup")
    """The PickupGroup header. Header ``PickupGroup``."""

    named_call_group = StrHeader("NamedCallGroup")
    """The NamedCallGroup header. Header ``NamedCallGroup``."""

    named_pickup_group = StrHeader("NamedPickupGroup")
    """The NamedPickupGroup header. Header ``NamedPickupGroup``."""

    device_state_busy_at = StrHeader("DeviceStateBusyAt")
    """The DeviceStateBusyAt header. Header ``DeviceStateBusyAt``."""

    t38_udptl = StrHeader("T38Udptl")
    """The T38Udptl header. Header ``T38Udptl``."""

    t38_udptl_ec = StrHeader("T38UdptlEc")
    """The T38UdptlEc header. Header ``T38UdptlEc``."""

    t38_udptl_maxdatagram = StrHeader("T38UdptlMaxdatagram")
    """The T38UdptlMaxdatagram header. Header ``T38UdptlMaxdatagram``."""

    fax_detect = StrHeader("FaxDetect")
    """The FaxDetect header. Header ``FaxDetect``."""

    t38_udptl_nat = StrHeader("T38UdptlNat")
    """The T38UdptlNat header. Header ``T38UdptlNat``."""

    t38_udptl_ipv6 = StrHeader("T38UdptlIpv6")
    """The T38UdptlIpv6 header. Header ``T38UdptlIpv6``."""

    t38_bind_udptl_to_media_address = StrHeader("T38BindUdptlToMediaAddress")
    """The T38BindUdptlToMediaAddress header. Header ``T38BindUdptlToMediaAddress``."""

    tone_zone = StrHeader("ToneZone")
    """The ToneZone header. Header ``ToneZone``."""

    language = StrHeader("Language")
    """The Language header. Header ``Language``."""

    record_on_feature = StrHeader("RecordOnFeature")
    """The RecordOnFeature header. Header ``RecordOnFeature``."""

    record_off_feature = StrHeader("RecordOffFeature")
    """The RecordOffFeature header. Header ``RecordOffFeature``."""

    allow_transfer = StrHeader("AllowTransfer")
    """The AllowTransfer header. Header ``AllowTransfer``."""

    user_eq_phone = StrHeader("UserEqPhone")
    """The UserEqPhone header. Header ``UserEqPhone``."""

    moh_passthrough = StrHeader("MohPassthrough")
    """The MohPassthrough header. Header ``MohPassthrough``."""

    sdp_owner = StrHeader("SdpOwner")
    """The SdpOwner header. Header ``SdpOwner``."""

    sdp_session = StrHeader("SdpSession")
    """The SdpSession header. Header ``SdpSession``."""

    tos_audio = StrHeader("TosAudio")
    """The TosAudio header. Header ``TosAudio``."""

    tos_video = StrHeader("TosVideo")
    """The TosVideo header. Header ``TosVideo``."""

    cos_audio = StrHeader("CosAudio")
    """The CosAudio header. Header ``CosAudio``."""

    cos_video = StrHeader("CosVideo")
    """The CosVideo header. Header ``CosVideo``."""

    allow_subscribe = StrHeader("AllowSubscribe")
    """The AllowSubscribe header. Header ``AllowSubscribe``."""

    sub_min_expiry = StrHeader("SubMinExpiry")
    """The SubMinExpiry header. Header ``SubMinExpiry``."""

    from_user = StrHeader("FromUser")
    """The FromUser header. Header ``FromUser``."""

    from_domain = StrHeader("FromDomain")
    """The FromDomain header. Header ``FromDomain``."""

    mwi_from_user = StrHeader("MwiFromUser")
    """The MwiFromUser header. Header ``MwiFromUser``."""

    rtp_engine = StrHeader("RtpEngine")
    """The RtpEngine header. Header ``RtpEngine``."""

    dtls_verify = StrHeader("DtlsVerify")
    """The DtlsVerify header. Header ``DtlsVerify``."""

    dtls_rekey = StrHeader("DtlsRekey")
    """The DtlsRekey header. Header ``DtlsRekey``."""

    dtls_cert_file = StrHeader("DtlsCertFile")
    """The DtlsCertFile header. Header ``DtlsCertFile``."""

    dtls_private_key = StrHeader("DtlsPrivateKey")
    """The DtlsPrivateKey header. Header ``DtlsPrivateKey``."""

    dtls_cipher = StrHeader("DtlsCipher")
    """The DtlsCipher header. Header ``DtlsCipher``."""

    dtls_ca_file = StrHeader("DtlsCaFile")
    """The DtlsCaFile header. Header ``DtlsCaFile``."""

    dtls_ca_path = StrHeader("DtlsCaPath")
    """The DtlsCaPath header. Header ``DtlsCaPath``."""

    dtls_setup = StrHeader("DtlsSetup")
    """The DtlsSetup header. Header ``DtlsSetup``."""

    srtp_tag32 = StrHeader("SrtpTag32")
    """The SrtpTag32 header. Header ``SrtpTag32``."""

    redirect_method = StrHeader("RedirectMethod")
    """The RedirectMethod header. Header ``RedirectMethod``."""

    set_var = StrHeader("SetVar")
    """The SetVar header. Header ``SetVar``."""

    message_context = StrHeader("MessageContext")
    """The MessageContext header. Header ``MessageContext``."""

    accountcode = StrHeader("Accountcode")
    """The Accountcode header. Header ``Accountcode``."""

    preferred_codec_only = StrHeader("PreferredCodecOnly")
    """The PreferredCodecOnly header. Header ``PreferredCodecOnly``."""

    device_state = StrHeader("DeviceState")
    """The aggregate device state for this endpoint. Header ``DeviceState``."""

    active_channels = IntHeader("ActiveChannels")
    """The number of active channels associated with this endpoint. Header ``ActiveChannels``."""

    subscribe_context = StrHeader("SubscribeContext")
    """The SubscribeContext header. Header ``SubscribeContext``."""

    allow_overlap = StrHeader("AllowOverlap")
    """The AllowOverlap header. Header ``AllowOverlap``."""

    overlap_context = StrHeader("OverlapContext")
    """The OverlapContext header. Header ``OverlapContext``."""

    accept_multiple_sdp_answers = StrHeader("AcceptMultipleSdpAnswers")
    """The AcceptMultipleSdpAnswers header. Header ``AcceptMultipleSdpAnswers``."""

    acl = StrHeader("Acl")
    """The Acl header. Header ``Acl``."""

    allow_unauthenticated_options = StrHeader("AllowUnauthenticatedOptions")
    """The AllowUnauthenticatedOptions header. Header ``AllowUnauthenticatedOptions``."""

    asymmetric_rtp_codec = StrHeader("AsymmetricRtpCodec")
    """The AsymmetricRtpCodec header. Header ``AsymmetricRtpCodec``."""

    bind_rtp_to_media_address = StrHeader("BindRtpToMediaAddress")
    """The BindRtpToMediaAddress header. Header ``BindRtpToMediaAddress``."""

    bundle = StrHeader("Bundle")
    """The Bundle header. Header ``Bundle``."""

    codec_prefs_incoming_answer = StrHeader("CodecPrefsIncomingAnswer")
    """The CodecPrefsIncomingAnswer header. Header ``CodecPrefsIncomingAnswer``."""

    codec_prefs_incoming_offer = StrHeader("CodecPrefsIncomingOffer")
    """The CodecPrefsIncomingOffer header. Header ``CodecPrefsIncomingOffer``."""

    codec_prefs_outgoing_answer = StrHeader("CodecPrefsOutgoingAnswer")
    """The CodecPrefsOutgoingAnswer header. Header ``CodecPrefsOutgoingAnswer``."""

    codec_prefs_outgoing_offer = StrHeader("CodecPrefsOutgoingOffer")
    """The CodecPrefsOutgoingOffer header. Header ``CodecPrefsOutgoingOffer``."""

    contact_acl = StrHeader("ContactAcl")
    """The ContactAcl header. Header ``ContactAcl``."""

    dtls_auto_generate_cert = StrHeader("DtlsAutoGenerateCert")
    """The DtlsAutoGenerateCert header. Header ``DtlsAutoGenerateCert``."""

    dtls_fingerprint = StrHeader("DtlsFingerprint")
    """The DtlsFingerprint header. Header ``DtlsFingerprint``."""

    fax_detect_timeout = StrHeader("FaxDetectTimeout")
    """The FaxDetectTimeout header. Header ``FaxDetectTimeout``."""

    follow_early_media_fork = StrHeader("FollowEarlyMediaFork")
    """The FollowEarlyMediaFork header. Header ``FollowEarlyMediaFork``."""

    g726_non_standard = StrHeader("G726NonStandard")
    """The G726NonStandard header. Header ``G726NonStandard``."""

    geoloc_incoming_call_profile = StrHeader("GeolocIncomingCallProfile")
    """The GeolocIncomingCallProfile header. Header ``GeolocIncomingCallProfile``."""

    geoloc_outgoing_call_profile = StrHeader("GeolocOutgoingCallProfile")
    """The GeolocOutgoingCallProfile header. Header ``GeolocOutgoingCallProfile``."""

    ignore183_without_sdp = StrHeader("Ignore183WithoutSdp")
    """The Ignore183WithoutSdp header. Header ``Ignore183WithoutSdp``."""

    incoming_call_offer_pref = StrHeader("IncomingCallOfferPref")
    """The IncomingCallOfferPref header. Header ``IncomingCallOfferPref``."""

    incoming_mwi_mailbox = StrHeader("IncomingMwiMailbox")
    """The IncomingMwiMailbox header. Header ``IncomingMwiMailbox``."""

    max_audio_streams = StrHeader("MaxAudioStreams")
    """The MaxAudioStreams header. Header ``MaxAudioStreams``."""

    max_video_streams = StrHeader("MaxVideoStreams")
    """The MaxVideoStreams header. Header ``MaxVideoStreams``."""

    mwi_subscribe_replaces_unsolicited = StrHeader("MwiSubscribeReplacesUnsolicited")
    """The MwiSubscribeReplacesUnsolicited header. Header ``MwiSubscribeReplacesUnsolicited``."""

    notify_early_inuse_ringing = StrHeader("NotifyEarlyInuseRinging")
    """The NotifyEarlyInuseRinging header. Header ``NotifyEarlyInuseRinging``."""

    outgoing_call_offer_pref = StrHeader("OutgoingCallOfferPref")
    """The OutgoingCallOfferPref header. Header ``OutgoingCallOfferPref``."""

    refer_blind_progress = StrHeader("ReferBlindProgress")
    """The ReferBlindProgress header. Header ``ReferBlindProgress``."""

    rpid_immediate = StrHeader("RpidImmediate")
    """The RpidImmediate header. Header ``RpidImmediate``."""

    rtcp_mux = StrHeader("RtcpMux")
    """The RtcpMux header. Header ``RtcpMux``."""

    rtp_keepalive = StrHeader("RtpKeepalive")
    """The RtpKeepalive header. Header ``RtpKeepalive``."""

    rtp_timeout = StrHeader("RtpTimeout")
    """The RtpTimeout header. Header ``RtpTimeout``."""

    rtp_timeout_hold = StrHeader("RtpTimeoutHold")
    """The RtpTimeoutHold header. Header ``RtpTimeoutHold``."""

    rtp_port_start = StrHeader("RtpPortStart")
    """The RtpPortStart header. Header ``RtpPortStart``."""

    rtp_port_end = StrHeader("RtpPortEnd")
    """The RtpPortEnd header. Header ``RtpPortEnd``."""

    security_negotiation = StrHeader("SecurityNegotiation")
    """The SecurityNegotiation header. Header ``SecurityNegotiation``."""

    send_aoc = StrHeader("SendAoc")
    """The SendAoc header. Header ``SendAoc``."""

    send_history_info = StrHeader("SendHistoryInfo")
    """The SendHistoryInfo header. Header ``SendHistoryInfo``."""

    stir_shaken = StrHeader("StirShaken")
    """The StirShaken header. Header ``StirShaken``."""

    stir_shaken_profile = StrHeader("StirShakenProfile")
    """The StirShakenProfile header. Header ``StirShakenProfile``."""

    suppress_moh_on_sendonly = StrHeader("SuppressMohOnSendonly")
    """The SuppressMohOnSendonly header. Header ``SuppressMohOnSendonly``."""

    suppress_q850_reason_headers = StrHeader("SuppressQ850ReasonHeaders")
    """The SuppressQ850ReasonHeaders header. Header ``SuppressQ850ReasonHeaders``."""

    tenantid = StrHeader("Tenantid")
    """The Tenantid header. Header ``Tenantid``."""

    voicemail_extension = StrHeader("VoicemailExtension")
    """The VoicemailExtension header. Header ``VoicemailExtension``."""

    webrtc = StrHeader("Webrtc")
    """The Webrtc header. Header ``Webrtc``."""

    rel_100 = StrHeader("100rel")
    """The endpoint's 100rel option (reliable provisional responses): no, yes, required or
    peer_supported. Header ``100rel``. Observed on Asterisk 20, 22, 23; not in the docs."""

    follow_redirect_methods = StrHeader("FollowRedirectMethods")
    """The endpoint's follow_redirect_methods option: the SIP methods that follow a 3xx
    redirect. Header ``FollowRedirectMethods``. Observed on Asterisk 20, 22, 23; not in the
    docs."""


class EndpointDetailComplete(ListCompleteFields):
    """Provide final information about endpoint details.

    ``Event: EndpointDetailComplete``. Class: command. Asterisk: documented since 12.0.0.
    Headers of ListCompleteFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "EndpointDetailComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class EndpointList(Event):
    """Provide details about a contact's status.

    ``Event: EndpointList``. Class: command. Asterisk: documented since 12.0.0. Verified
    live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "EndpointList"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'endpoint'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    transport = StrHeader("Transport")
    """The transport configurations associated with this endpoint. Header ``Transport``."""

    aor = StrHeader("Aor")
    """The aor configurations associated with this endpoint. Header ``Aor``."""

    auths = StrHeader("Auths")
    """The inbound authentication configurations associated with this endpoint. Header
    ``Auths``."""

    outbound_auths = StrHeader("OutboundAuths")
    """The outbound authentication configurations associated with this endpoint. Header
    ``OutboundAuths``."""

    device_state = StrHeader("DeviceState")
    """The aggregate device state for this endpoint. Header ``DeviceState``."""

    active_channels = IntHeader("ActiveChannels")
    """The number of active channels associated with this endpoint. Header ``ActiveChannels``."""

    contacts = StrHeader("Contacts")
    """A comma-separated list of contacts associated with this AoR. Header ``Contacts``."""


class EndpointListComplete(ListCompleteFields):
    """Provide final information about an endpoint list.

    ``Event: EndpointListComplete``. Class: command. Asterisk: documented since 12.0.0.
    Headers of ListCompleteFields included. Verified live on Asterisk 20, 22, 23.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "EndpointListComplete"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.0.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")


class IdentifyDetail(Event):
    """Provide details about an identify section.

    ``Event: IdentifyDetail``. Class: command. Asterisk: documented since 13.20.0, 15.3.0.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "IdentifyDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "13.20.0"

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'identify'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    endpoint = StrHeader("Endpoint")
    """The Endpoint header. Header ``Endpoint``."""

    srv_lookups = StrHeader("SrvLookups")
    """The SrvLookups header. Header ``SrvLookups``."""

    match = StrHeader("Match")
    """The Match header. Header ``Match``."""

    match_header = StrHeader("MatchHeader")
    """The MatchHeader header. Header ``MatchHeader``."""

    match_request_uri = StrHeader("MatchRequestUri")
    """The MatchRequestUri header. Header ``MatchRequestUri``."""

    endpoint_name = StrHeader("EndpointName")
    """The name of the endpoint associated with this information. Header ``EndpointName``."""


class TransportDetail(Event):
    """Provide details about an authentication section.

    ``Event: TransportDetail``. Class: command. Asterisk: documented since 12.6.0. Verified
    live on Asterisk 20, 22, 23.

    Observed on Asterisk 20, 22, 23: it sends AsyncOperations, which the docs omit.
    """

    __slots__ = ()

    EVENT: ClassVar[str] = "TransportDetail"
    PRIVILEGE: ClassVar[tuple[str, ...]] = ("command",)
    SINCE: ClassVar[str | None] = "12.6.0"
    VERIFIED: ClassVar[tuple[str, ...]] = ("20", "22", "23")

    object_type = StrHeader("ObjectType")
    """The object's type. This will always be 'transport'. Header ``ObjectType``."""

    object_name = StrHeader("ObjectName")
    """The name of this object. Header ``ObjectName``."""

    protocol = StrHeader("Protocol")
    """The Protocol header. Header ``Protocol``."""

    bind = StrHeader("Bind")
    """The Bind header. Header ``Bind``."""

    asyc_operations = StrHeader("AsycOperations")
    """The AsycOperations header. Header ``AsycOperations``."""

    ca_list_file = StrHeader("CaListFile")
    """The CaListFile header. Header ``CaListFile``."""

    ca_list_path = StrHeader("CaListPath")
    """The CaListPath header. Header ``CaListPath``."""

    cert_file = StrHeader("CertFile")
    """The CertFile header. Header ``CertFile``."""

    priv_key_file = StrHeader("PrivKeyFile")
    """The PrivKeyFile header. Header ``PrivKeyFile``."""

    password = StrHeader("Password")
    """The Password header. Header ``Password``."""

    external_signaling_address = StrHeader("ExternalSignalingAddress")
    """The ExternalSignalingAddress header. Header ``ExternalSignalingAddress``."""

    external_signaling_port = StrHeader("ExternalSignalingPort")
    """The ExternalSignalingPort header. Header ``ExternalSignalingPort``."""

    external_signaling_hostname = StrHeader("ExternalSignalingHostname")
    """The ExternalSignalingHostname header. Header ``ExternalSignalingHostname``."""

    external_media_address = StrHeader("ExternalMediaAddress")
    """The ExternalMediaAddress header. Header ``ExternalMediaAddress``."""

    domain = StrHeader("Domain")
    """The Domain header. Header ``Domain``."""

    verify_server = StrHeader("VerifyServer")
    """The VerifyServer header. Header ``VerifyServer``."""

    verify_client = StrHeader("VerifyClient")
    """The VerifyClient header. Header ``VerifyClient``."""

    require_client_cert = StrHeader("RequireClientCert")
    """The RequireClientCert header. Header ``RequireClientCert``."""

    method = StrHeader("Method")
    """The Method header. Header ``Method``."""

    cipher = StrHeader("Cipher")
    """The Cipher header. Header ``Cipher``."""

    local_net = StrHeader("LocalNet")
    """The LocalNet header. Header ``LocalNet``."""

    tos = StrHeader("Tos")
    """The Tos header. Header ``Tos``."""

    cos = StrHeader("Cos")
    """The Cos header. Header ``Cos``."""

    websocket_write_timeout = StrHeader("WebsocketWriteTimeout")
    """The WebsocketWriteTimeout header. Header ``WebsocketWriteTimeout``."""

    allow_reload = StrHeader("AllowReload")
    """The AllowReload header. Header ``AllowReload``."""

    allow_wildcard_certs = StrHeader("AllowWildcardCerts")
    """The AllowWildcardCerts header. Header ``AllowWildcardCerts``."""

    symmetric_transport = StrHeader("SymmetricTransport")
    """The SymmetricTransport header. Header ``SymmetricTransport``."""

    tcp_keepalive_enable = StrHeader("TcpKeepaliveEnable")
    """The TcpKeepaliveEnable header. Header ``TcpKeepaliveEnable``."""

    tcp_keepalive_idle_time = StrHeader("TcpKeepaliveIdleTime")
    """The TcpKeepaliveIdleTime header. Header ``TcpKeepaliveIdleTime``."""

    tcp_keepalive_interval_time = StrHeader("TcpKeepaliveIntervalTime")
    """The TcpKeepaliveIntervalTime header. Header ``TcpKeepaliveIntervalTime``."""

    tcp_keepalive_probe_count = StrHeader("TcpKeepaliveProbeCount")
    """The TcpKeepaliveProbeCount header. Header ``TcpKeepaliveProbeCount``."""

    endpoint_name = StrHeader("EndpointName")
    """The name of the endpoint associated with this information. Header ``EndpointName``."""

    async_operations = IntHeader("AsyncOperations")
    """The transport's async_operations option: how many simultaneous asynchronous operations
    it accepts. Header ``AsyncOperations``. Observed on Asterisk 20, 22, 23; not in the
    docs."""
