/**
 * The demo Rocket.Chat's settings: the Analytics group exactly as Rocket.Chat defines it, among
 * enough unrelated settings (sorted before and after it, upper and lower case) that reading the
 * Analytics group takes more than one page of `GET settings` (at most 100 a page).
 */

/** Setting types the demo uses (Rocket.Chat has more). */
export type SettingType = 'boolean' | 'string' | 'int' | 'select' | 'code' | 'multiSelect' | 'password';

/** A setting's definition; `packageValue` is its default. */
export interface SettingDefinition {
  _id: string;
  type: SettingType;
  packageValue: unknown;
  /** Listed by `settings.public` (no login needed). */
  public: boolean;
  /** Never listed by the API. */
  hidden?: boolean;
  group: string;
  multiline?: boolean;
  /** The setting this one depends on (`enableQuery`), shown only when that one is true. */
  enableQuery?: { _id: string; value: unknown };
}

const piwikOn = { _id: 'PiwikAnalytics_enabled', value: true };

/** The Analytics group, as in the table of PROTOCOLS.md. */
export const ANALYTICS_SETTINGS: readonly SettingDefinition[] = [
  { _id: 'GoogleAnalytics_enabled', type: 'boolean', packageValue: false, public: true, group: 'Analytics' },
  { _id: 'GoogleAnalytics_ID', type: 'string', packageValue: '', public: true, group: 'Analytics', enableQuery: { _id: 'GoogleAnalytics_enabled', value: true } },
  { _id: 'Analytics_features_messages', type: 'boolean', packageValue: true, public: true, group: 'Analytics' },
  { _id: 'Analytics_features_rooms', type: 'boolean', packageValue: true, public: true, group: 'Analytics' },
  { _id: 'Analytics_features_users', type: 'boolean', packageValue: true, public: true, group: 'Analytics' },
  { _id: 'PiwikAnalytics_enabled', type: 'boolean', packageValue: false, public: true, group: 'Analytics' },
  { _id: 'PiwikAnalytics_url', type: 'string', packageValue: '', public: true, group: 'Analytics', enableQuery: piwikOn },
  { _id: 'PiwikAnalytics_siteId', type: 'string', packageValue: '', public: true, group: 'Analytics', enableQuery: piwikOn },
  { _id: 'PiwikAdditionalTrackers', type: 'string', packageValue: '', public: true, group: 'Analytics', multiline: true, enableQuery: piwikOn },
  { _id: 'PiwikAnalytics_prependDomain', type: 'boolean', packageValue: false, public: true, group: 'Analytics', enableQuery: piwikOn },
  { _id: 'PiwikAnalytics_cookieDomain', type: 'boolean', packageValue: false, public: true, group: 'Analytics', enableQuery: piwikOn },
  { _id: 'PiwikAnalytics_domains', type: 'string', packageValue: '', public: true, group: 'Analytics', multiline: true, enableQuery: piwikOn },
];

type Row = [id: string, type: SettingType, packageValue: unknown, isPublic?: boolean];

const OTHER_ROWS: Row[] = [
  ['API_Allow_Infinite_Count', 'boolean', true],
  ['API_CORS_Origin', 'string', '*'],
  ['API_Default_Count', 'int', 50],
  ['API_Embed', 'boolean', true, true],
  ['API_EmbedDisabledFor', 'string', '', true],
  ['API_Enable_CORS', 'boolean', false],
  ['API_Enable_Direct_Message_History_EndPoint', 'boolean', false],
  ['API_Enable_Personal_Access_Tokens', 'boolean', true, true],
  ['API_Enable_Rate_Limiter', 'boolean', true],
  ['API_Enable_Rate_Limiter_Dev', 'boolean', true],
  ['API_Enable_Rate_Limiter_Limit_Calls_Default', 'int', 10],
  ['API_Enable_Rate_Limiter_Limit_Time_Default', 'int', 60000],
  ['API_Enable_Shields', 'boolean', true],
  ['API_Shield_Types', 'string', '*'],
  ['API_Upper_Count_Limit', 'int', 100],
  ['API_Use_REST_For_DDP_Calls', 'boolean', true, true],
  ['Accounts_AllowAnonymousRead', 'boolean', false, true],
  ['Accounts_AllowAnonymousWrite', 'boolean', false, true],
  ['Accounts_AllowDeleteOwnAccount', 'boolean', false, true],
  ['Accounts_AllowEmailChange', 'boolean', true, true],
  ['Accounts_AllowEmailNotifications', 'boolean', true, true],
  ['Accounts_AllowFeaturePreference', 'boolean', true, true],
  ['Accounts_AllowPasswordChange', 'boolean', true, true],
  ['Accounts_AllowPasswordChangeForOAuthUsers', 'boolean', true, true],
  ['Accounts_AllowRealNameChange', 'boolean', true, true],
  ['Accounts_AllowUserAvatarChange', 'boolean', true, true],
  ['Accounts_AllowUserProfileChange', 'boolean', true, true],
  ['Accounts_AllowUserStatusMessageChange', 'boolean', true, true],
  ['Accounts_AllowUsernameChange', 'boolean', true, true],
  ['Accounts_AvatarBlockUnauthenticatedAccess', 'boolean', false, true],
  ['Accounts_AvatarCacheTime', 'int', 3600],
  ['Accounts_AvatarExternalProviderUrl', 'string', '', true],
  ['Accounts_AvatarResize', 'boolean', true],
  ['Accounts_AvatarSize', 'int', 200],
  ['Accounts_BlockedDomainsList', 'string', ''],
  ['Accounts_BlockedUsernameList', 'string', ''],
  ['Accounts_CustomFields', 'code', ''],
  ['Accounts_CustomFieldsToShowInUserInfo', 'string', '', true],
  ['Accounts_Default_User_Preferences_alsoSendThreadToChannel', 'select', 'default', true],
  ['Accounts_Default_User_Preferences_autoImageLoad', 'boolean', true, true],
  ['Accounts_Default_User_Preferences_emailNotificationMode', 'select', 'mentions', true],
  ['Accounts_Default_User_Preferences_enableAutoAway', 'boolean', true, true],
  ['Accounts_Default_User_Preferences_hideRoles', 'boolean', false, true],
  ['Accounts_Default_User_Preferences_idleTimeLimit', 'int', 300, true],
  ['Accounts_Default_User_Preferences_masterVolume', 'int', 100, true],
  ['Accounts_Default_User_Preferences_sidebarGroupByType', 'boolean', true, true],
  ['Accounts_Default_User_Preferences_sidebarShowFavorites', 'boolean', true, true],
  ['Accounts_Default_User_Preferences_sidebarViewMode', 'select', 'medium', true],
  ['Accounts_Directory_DefaultView', 'select', 'channels', true],
  ['Accounts_EmailVerification', 'boolean', false, true],
  ['Accounts_Email_Activated', 'code', ''],
  ['Accounts_Email_Deactivated', 'code', ''],
  ['Accounts_Enrollment_Email', 'code', ''],
  ['Accounts_Enrollment_Email_Subject', 'string', ''],
  ['Accounts_ForgetUserSessionOnWindowClose', 'boolean', false, true],
  ['Accounts_Iframe_api_method', 'string', 'POST', true],
  ['Accounts_Iframe_api_url', 'string', '', true],
  ['Accounts_LoginExpiration', 'int', 90, true],
  ['Accounts_ManuallyApproveNewUsers', 'boolean', false, true],
  ['Accounts_PasswordReset', 'boolean', true, true],
  ['Accounts_Password_Policy_AtLeastOneLowercase', 'boolean', true, true],
  ['Accounts_Password_Policy_AtLeastOneNumber', 'boolean', true, true],
  ['Accounts_Password_Policy_AtLeastOneSpecialCharacter', 'boolean', true, true],
  ['Accounts_Password_Policy_AtLeastOneUppercase', 'boolean', true, true],
  ['Accounts_Password_Policy_Enabled', 'boolean', true, true],
  ['Accounts_Password_Policy_ForbidRepeatingCharacters', 'boolean', true, true],
  ['Accounts_Password_Policy_MaxLength', 'int', 24, true],
  ['Accounts_Password_Policy_MinLength', 'int', 14, true],
  ['Accounts_RegistrationForm', 'select', 'Public', true],
  ['Accounts_RegistrationForm_LinkReplacementText', 'string', '', true],
  ['Accounts_RegistrationForm_SecretURL', 'string', 'demo-registration-secret'],
  ['Accounts_RequireNameForSignUp', 'boolean', true, true],
  ['Accounts_RequirePasswordConfirmation', 'boolean', true, true],
  ['Accounts_SearchFields', 'string', 'username, name, bio, nickname'],
  ['Accounts_SetDefaultAvatar', 'boolean', true],
  ['Accounts_ShowFormLogin', 'boolean', true, true],
  ['Accounts_TwoFactorAuthentication_By_Email_Enabled', 'boolean', true, true],
  ['Accounts_TwoFactorAuthentication_By_TOTP_Enabled', 'boolean', true, true],
  ['Accounts_TwoFactorAuthentication_Enabled', 'boolean', true, true],
  ['Accounts_TwoFactorAuthentication_MaxDelta', 'int', 1],
  ['Accounts_TwoFactorAuthentication_RememberFor', 'int', 1800],
  ['Accounts_UseDNSDomainCheck', 'boolean', false],
  ['Accounts_UserAddedEmail_Email', 'code', ''],
  ['Accounts_UserAddedEmail_Subject', 'string', ''],
  ['Accounts_Verify_Email_For_External_Accounts', 'boolean', true],
  ['Accounts_iframe_enabled', 'boolean', false, true],
  ['Accounts_iframe_url', 'string', '', true],
  ['Assets_SvgFavicon_Enable', 'boolean', true, true],
  ['Assets_favicon_ico', 'string', '', true],
  ['Assets_logo', 'string', '', true],
  ['E2E_Enable', 'boolean', false, true],
  ['E2E_Enabled_Default_DirectRooms', 'boolean', false],
  ['E2E_Enabled_Default_PrivateRooms', 'boolean', false],
  ['Email_Footer', 'code', ''],
  ['Email_Header', 'code', ''],
  ['FileUpload_Enabled', 'boolean', true, true],
  ['FileUpload_MaxFileSize', 'int', 104857600, true],
  ['FileUpload_MediaTypeWhiteList', 'string', '', true],
  ['FileUpload_Storage_Type', 'select', 'GridFS', true],
  ['Language', 'select', '', true],
  ['Layout_Home_Body', 'code', '', true],
  ['Layout_Home_Title', 'string', 'Home', true],
  ['Layout_Login_Terms', 'code', '', true],
  ['Layout_Privacy_Policy', 'code', '', true],
  ['Layout_Show_Home_Button', 'boolean', true, true],
  ['Layout_Sidenav_Footer', 'code', '', true],
  ['Message_AllowDeleting', 'boolean', true, true],
  ['Message_AllowEditing', 'boolean', true, true],
  ['Message_AllowEditing_BlockEditInMinutes', 'int', 0, true],
  ['Message_AllowPinning', 'boolean', true, true],
  ['Message_AllowStarring', 'boolean', true, true],
  ['Message_MaxAllowedSize', 'int', 5000, true],
  ['Message_ShowEditedStatus', 'boolean', true, true],
  ['Message_TimeFormat', 'string', 'LT', true],
  ['Site_Name', 'string', 'Rocket.Chat', true],
  ['Site_Url', 'string', 'http://localhost:3000', true],
  ['UI_Allow_room_names_with_special_chars', 'boolean', false, true],
  ['UI_Click_Direct_Message', 'boolean', false, true],
  ['UI_DisplayRoles', 'boolean', true, true],
  ['UI_Group_Channels_By_Type', 'boolean', true, true],
  ['UI_Show_top_navbar_embedded_layout', 'boolean', false, true],
  ['UI_Unread_Counter_Style', 'select', 'Different_Style_For_User_Mentions', true],
  ['UI_Use_Name_Avatar', 'boolean', false, true],
  ['UI_Use_Real_Name', 'boolean', false, true],
  ['uniqueID', 'string', 'dEm0wOrKsPaCe1d', true],
];

/** Every setting of the demo server, unsorted (the API sorts by `_id`). */
export const DEMO_SETTINGS: readonly SettingDefinition[] = [
  ...ANALYTICS_SETTINGS,
  ...OTHER_ROWS.map(([_id, type, packageValue, isPublic = false]): SettingDefinition => ({ _id, type, packageValue, public: isPublic, group: _id.split('_')[0]! })),
  { _id: 'Cloud_Workspace_Access_Token', type: 'password', packageValue: '', public: false, hidden: true, group: 'Cloud' },
];
