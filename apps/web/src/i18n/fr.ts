import type { Catalogue } from './catalogue.ts';

/**
 * French. Typography: a no-break space before « : ; ? ! » and inside « ».
 * Function names use the generic masculine, as in French administrative style.
 */
export const fr: Catalogue = {
  'app.name': 'Concord',
  'app.documentTitle': '{page} · Concord',
  'app.skipToContent': 'Aller au contenu',
  'app.loading': 'Chargement…',
  'app.tagline': 'Coopération contre l’exploitation sexuelle des enfants',

  'nav.label': 'Navigation principale',
  'nav.home': 'Accueil',
  'nav.users': 'Utilisateurs',
  'nav.audit': 'Journal d’audit',
  'nav.account': 'Mon compte',
  'nav.toggle': 'Afficher ou masquer la navigation',

  'header.signedInAs': 'Connecté en tant que {name}',
  'header.signOut': 'Se déconnecter',
  'header.signOutFailed': 'La déconnexion a échoué.',
  'header.language': 'Langue',
  'header.languageCurrent': 'Langue : {language}',

  'session.expired': 'Votre session a expiré. Reconnectez-vous pour continuer.',
  'session.ended': 'Votre session a pris fin. Reconnectez-vous pour continuer.',
  'session.signedOut': 'Vous êtes déconnecté.',
  'session.checkFailed': 'Concord ne parvient pas à vérifier si vous êtes connecté.',

  'common.copy': 'Copier',
  'common.copied': 'Copié',
  'common.copyFailed': 'La copie a échoué : sélectionnez le texte et copiez-le manuellement.',
  'common.cancel': 'Annuler',
  'common.close': 'Fermer',
  'common.save': 'Enregistrer',
  'common.done': 'Terminé',
  'common.retry': 'Réessayer',
  'common.loading': 'Chargement…',
  'common.never': 'Jamais',
  'common.total': 'Total : {count}',
  'common.pageSize': 'Lignes par page',
  'common.pagination': 'Pages',
  'common.previousPage': 'Page précédente',
  'common.nextPage': 'Page suivante',
  'common.firstPage': 'Première page',
  'common.lastPage': 'Dernière page',
  'common.goToPage': 'Page {page}',
  'common.errorCode': 'Code d’erreur : {code}',
  'common.togglePasswordVisibility': 'Afficher ou masquer le mot de passe',

  'oneTime.label': 'Mot de passe à usage unique',
  'oneTime.warning':
    'Affiché une seule fois. Copiez-le maintenant et transmettez-le à la personne par un canal sûr : Concord ne pourra plus l’afficher.',

  'signIn.title': 'Connexion',
  'signIn.intro': 'Connectez-vous à ce nœud Concord.',
  'signIn.restricted':
    'Réservé au personnel habilité. Chaque connexion est consignée dans le journal d’audit.',
  'signIn.username': 'Identifiant',
  'signIn.password': 'Mot de passe',
  'signIn.submit': 'Se connecter',
  'signIn.usernameRequired': 'Saisissez votre identifiant.',
  'signIn.passwordRequired': 'Saisissez votre mot de passe.',
  'signIn.codeTitle': 'Saisissez votre code d’authentification',
  'signIn.codeIntro':
    'Ouvrez votre application d’authentification et saisissez le code à six chiffres affiché pour Concord.',
  'signIn.code': 'Code à six chiffres',
  'signIn.codeHint': 'Le code change toutes les 30 secondes et chaque code ne sert qu’une fois.',
  'signIn.codeFormat':
    'Saisissez les six chiffres affichés par votre application d’authentification.',
  'signIn.verify': 'Valider',
  'signIn.otherAccount': 'Annuler et se connecter avec un autre compte',

  'passwordChange.title': 'Choisissez un nouveau mot de passe',
  'passwordChange.intro':
    'Vous vous êtes connecté avec un mot de passe à usage unique. Choisissez votre propre mot de passe avant de continuer.',
  'passwordChange.current': 'Mot de passe actuel',
  'passwordChange.currentOneTimeHint': 'Le mot de passe à usage unique qui vous a été remis.',
  'passwordChange.new': 'Nouveau mot de passe',
  'passwordChange.newHint':
    'Au moins 12 caractères, sans votre identifiant. Une longue phrase de passe est la plus facile à retenir.',
  'passwordChange.repeat': 'Confirmez le nouveau mot de passe',
  'passwordChange.submit': 'Changer le mot de passe',
  'passwordChange.done': 'Votre mot de passe a été changé. Vos autres sessions ont été fermées.',
  'passwordChange.currentRequired': 'Saisissez votre mot de passe actuel.',
  'passwordChange.tooShort': 'Le nouveau mot de passe doit compter au moins 12 caractères.',
  'passwordChange.containsUsername':
    'Le nouveau mot de passe ne doit pas contenir votre identifiant.',
  'passwordChange.sameAsCurrent': 'Le nouveau mot de passe doit être différent de l’actuel.',
  'passwordChange.mismatch': 'Les deux saisies du nouveau mot de passe ne correspondent pas.',

  'secondFactorSetup.title': 'Configurez votre second facteur',
  'secondFactorSetup.intro':
    'Un administrateur exige un second facteur pour votre compte. Configurez une application d’authentification pour continuer.',

  'totp.start': 'Configurer une application d’authentification',
  'totp.scan':
    'Scannez ce code QR avec une application d’authentification sur votre téléphone (par exemple FreeOTP, Aegis ou Google Authenticator).',
  'totp.qrLabel': 'Code QR qui ajoute ce compte Concord à une application d’authentification',
  'totp.manual':
    'Si vous ne pouvez pas le scanner, saisissez cette clé manuellement dans l’application :',
  'totp.copyKey': 'Copier la clé',
  'totp.enterCode': 'Saisissez ensuite le code à six chiffres affiché par l’application :',
  'totp.confirm': 'Confirmer',
  'totp.done':
    'Votre application d’authentification est configurée. Désormais, Concord vous demandera un code à chaque connexion.',

  'home.title': 'Accueil',
  'home.welcome': 'Bienvenue, {name}',
  'home.nodeTitle': 'Ce nœud',
  'home.nodeIntro':
    'Avant d’établir une liaison avec un autre nœud, comparez ces empreintes avec son administrateur par un canal distinct (téléphone ou en personne).',
  'home.name': 'Nom',
  'home.jurisdiction': 'Pays ou territoire',
  'home.nodeId': 'Identifiant du nœud',
  'home.signingKey': 'Empreinte de la clé de signature (Ed25519)',
  'home.encryptionKey': 'Empreinte de la clé de chiffrement (X25519)',
  'home.version': 'Version du logiciel',
  'home.created': 'Créé le',

  'users.title': 'Utilisateurs',
  'users.intro':
    'Les personnes qui peuvent se connecter à ce nœud. La consultation de cette liste est consignée dans le journal d’audit.',
  'users.create': 'Créer un utilisateur',
  'users.username': 'Identifiant',
  'users.displayName': 'Nom affiché',
  'users.role': 'Rôle',
  'users.status': 'État',
  'users.created': 'Créé le',
  'users.actions': 'Actions',
  'users.actionsFor': 'Actions pour {name}',
  'users.you': 'vous',
  'users.empty': 'Il n’y a encore aucun utilisateur.',
  'users.statusActive': 'Actif',
  'users.statusDisabled': 'Désactivé',
  'users.statusLocked': 'Verrouillé jusqu’au {time}',
  'users.statusMustChange': 'Doit changer son mot de passe',
  'users.statusTotpOn': 'Second facteur activé',
  'users.statusTotpRequired': 'Second facteur exigé',
  'users.createTitle': 'Créer un utilisateur',
  'users.usernameHint':
    'Lettres, chiffres, point, tiret et tiret bas, en commençant par une lettre ou un chiffre. Il ne pourra pas être modifié.',
  'users.usernameInvalid':
    'Utilisez de 2 à 64 lettres, chiffres, points, tirets ou tirets bas, en commençant par une lettre ou un chiffre.',
  'users.displayNameRequired': 'Saisissez un nom affiché.',
  'users.requireTotp': 'Exiger un second facteur (application d’authentification)',
  'users.requireTotpHint': 'La personne devra le configurer lors de sa première connexion.',
  'users.createSubmit': 'Créer l’utilisateur',
  'users.createdIntro':
    'Le compte de {name} a été créé. Remettez-lui ce mot de passe à usage unique : il devra être changé lors de la première connexion.',
  'users.changeRole': 'Changer le rôle',
  'users.disable': 'Désactiver le compte',
  'users.enable': 'Réactiver le compte',
  'users.requireTotpAction': 'Exiger un second facteur',
  'users.stopRequireTotp': 'Ne plus exiger de second facteur',
  'users.resetPassword': 'Réinitialiser le mot de passe',
  'users.unlock': 'Déverrouiller',
  'users.roleTitle': 'Changer le rôle de {name}',
  'users.roleBody': 'Le nouveau rôle s’applique dès sa prochaine requête.',
  'users.newRole': 'Nouveau rôle',
  'users.disableTitle': 'Désactiver le compte de {name} ?',
  'users.disableBody':
    '{name} est déconnecté immédiatement et ne pourra plus se connecter tant qu’un administrateur n’aura pas réactivé le compte.',
  'users.stopRequireTitle': 'Ne plus exiger de second facteur pour {name} ?',
  'users.stopRequireBody':
    'La personne pourra désactiver son application d’authentification et se connecter avec son seul mot de passe.',
  'users.resetTitle': 'Réinitialiser le mot de passe de {name} ?',
  'users.resetBody':
    'Son mot de passe actuel cesse de fonctionner et ses sessions sont fermées. Vous recevrez un nouveau mot de passe à usage unique à lui remettre.',
  'users.resetDoneTitle': 'Nouveau mot de passe à usage unique pour {name}',
  'users.resetDoneIntro':
    'Remettez ce mot de passe à usage unique à {name}. Il devra être changé lors de la prochaine connexion.',
  'users.updated': 'Le compte de {name} a été mis à jour.',
  'users.unlocked': '{name} peut de nouveau se connecter.',

  'role.admin': 'Administrateur du nœud',
  'role.analyst': 'Enquêteur / analyste',
  'role.victim_id': 'Spécialiste de l’identification des victimes',
  'role.legal': 'Juriste',
  'role.victim_support': 'Coordinateur de l’aide aux victimes',
  'role.coordinator': 'Coordinateur international',
  'role.auditor': 'Auditeur',

  'permission.node:read': 'Consulter l’identité du nœud',
  'permission.users:read': 'Consulter les utilisateurs',
  'permission.users:write': 'Gérer les utilisateurs',
  'permission.audit:read': 'Consulter le journal d’audit',
  'permission.audit:export': 'Exporter le journal d’audit',
  'permission.banks:read': 'Consulter les banques d’empreintes',
  'permission.banks:write': 'Alimenter les banques d’empreintes',
  'permission.banks:export': 'Exporter les banques d’empreintes',
  'permission.match:run': 'Lancer la comparaison d’empreintes',

  'purpose.investigation': 'Enquête',
  'purpose.victim_identification': 'Identification des victimes',
  'purpose.prosecution': 'Poursuites',
  'purpose.victim_support': 'Aide aux victimes',
  'purpose.statistics': 'Statistiques',
  'purpose.oversight': 'Contrôle',

  'outcome.success': 'Réussite',
  'outcome.failure': 'Échec',
  'outcome.denied': 'Refusé',

  'account.title': 'Mon compte',
  'account.profileTitle': 'Profil',
  'account.username': 'Identifiant',
  'account.role': 'Rôle',
  'account.displayName': 'Nom affiché',
  'account.displayNameRequired': 'Saisissez un nom affiché.',
  'account.profileSaved': 'Votre nom affiché a été enregistré.',
  'account.languageTitle': 'Langue',
  'account.languageHint':
    'Concord utilise cette langue pour vous, quel que soit le poste de connexion.',
  'account.languageSaved': 'Votre langue a été enregistrée.',
  'account.passwordTitle': 'Mot de passe',
  'account.secondFactorTitle': 'Second facteur',
  'account.totpOn': 'Une application d’authentification protège votre compte.',
  'account.totpOff':
    'Aucun second facteur n’est configuré. Une application d’authentification protège votre compte même si votre mot de passe est divulgué.',
  'account.totpRequiredByAdmin':
    'Un administrateur exige un second facteur pour votre compte : il ne peut donc pas être désactivé.',
  'account.totpDisable': 'Désactiver le second facteur',
  'account.totpDisableTitle': 'Désactiver votre second facteur ?',
  'account.totpDisableBody':
    'Votre compte ne sera alors protégé que par votre mot de passe. Saisissez votre mot de passe pour confirmer.',
  'account.totpDisableSubmit': 'Désactiver',
  'account.totpDisabled': 'Votre second facteur a été désactivé.',
  'account.password': 'Mot de passe',
  'account.passwordRequired': 'Saisissez votre mot de passe.',

  'tokens.title': 'Jetons d’API',
  'tokens.intro':
    'Un jeton permet à un script d’appeler l’API de ce nœud en votre nom, dans la limite des droits choisis, jusqu’à son expiration ou sa révocation. Protégez-le comme un mot de passe.',
  'tokens.create': 'Créer un jeton',
  'tokens.name': 'Nom',
  'tokens.scopes': 'Droits',
  'tokens.created': 'Créé le',
  'tokens.expires': 'Expire le',
  'tokens.lastUsed': 'Dernière utilisation',
  'tokens.status': 'État',
  'tokens.actions': 'Actions',
  'tokens.active': 'Actif',
  'tokens.expired': 'Expiré',
  'tokens.revokedOn': 'Révoqué le {date}',
  'tokens.revoke': 'Révoquer',
  'tokens.revokeLabel': 'Révoquer le jeton {name}',
  'tokens.revokeTitle': 'Révoquer le jeton {name} ?',
  'tokens.revokeBody':
    'Les scripts qui l’utilisent cessent immédiatement de fonctionner. Cette action est irréversible.',
  'tokens.revoked': 'Le jeton {name} a été révoqué.',
  'tokens.empty': 'Vous n’avez aucun jeton d’API.',
  'tokens.createTitle': 'Créer un jeton d’API',
  'tokens.nameHint': 'L’usage du jeton, par exemple « export statistique nocturne ».',
  'tokens.nameRequired': 'Saisissez un nom.',
  'tokens.scopesHint': 'Seuls les droits accordés à votre rôle peuvent être choisis.',
  'tokens.scopesRequired': 'Choisissez au moins un droit.',
  'tokens.expiresInDays': 'Durée de validité (jours)',
  'tokens.expiresInDaysHint': 'De 1 à 365 jours.',
  'tokens.expiresInDaysInvalid': 'Saisissez un nombre entier de jours compris entre 1 et 365.',
  'tokens.createSubmit': 'Créer le jeton',
  'tokens.createdIntro':
    'Votre nouveau jeton « {name} ». Les scripts l’envoient dans l’en-tête « Authorization: Bearer <jeton> ».',
  'tokens.tokenLabel': 'Jeton d’API',
  'tokens.warning':
    'Affiché une seule fois. Copiez-le maintenant et conservez-le en lieu sûr : Concord n’en garde qu’une empreinte et ne pourra plus l’afficher.',

  'audit.title': 'Journal d’audit',
  'audit.intro':
    'Toutes les actions effectuées sur ce nœud, des plus récentes aux plus anciennes, dans une chaîne infalsifiable. La consultation du journal est elle-même consignée.',
  'audit.filters': 'Filtres',
  'audit.actor': 'Auteur (identifiant)',
  'audit.action': 'Action',
  'audit.actionHint':
    'Une action précise, ou une famille terminée par un point, par exemple « user. »',
  'audit.objectType': 'Type d’objet',
  'audit.objectId': 'Identifiant de l’objet',
  'audit.outcome': 'Résultat',
  'audit.anyOutcome': 'Tous les résultats',
  'audit.from': 'Du',
  'audit.to': 'Au',
  'audit.timesHint': 'Les heures sont exprimées dans le fuseau horaire de votre ordinateur.',
  'audit.rangeInvalid': 'La date de début doit précéder la date de fin.',
  'audit.apply': 'Appliquer les filtres',
  'audit.clear': 'Effacer les filtres',
  'audit.events': 'Événements',
  'audit.seq': 'N°',
  'audit.time': 'Date et heure',
  'audit.actorColumn': 'Auteur',
  'audit.actionColumn': 'Action',
  'audit.object': 'Objet',
  'audit.purpose': 'Finalité',
  'audit.outcomeColumn': 'Résultat',
  'audit.clientAddress': 'Adresse du client',
  'audit.details': 'Détails',
  'audit.system': 'Système',
  'audit.empty': 'Aucun événement ne correspond à ces filtres.',
  'audit.verify': 'Vérifier l’intégrité',
  'audit.intact': 'Le journal est intègre : {count} événements vérifiés.',
  'audit.broken':
    'Le journal est rompu à l’événement n° {seq} ({reason}), sur {count} événements. Signalez-le immédiatement à votre responsable de la sécurité.',
  'audit.export': 'Exporter en CSV',
  'audit.exportTitle': 'Exporter le journal d’audit',
  'audit.exportIntro':
    'Le fichier contient les événements correspondant aux filtres en cours. La finalité choisie est consignée dans le journal.',
  'audit.exportPurpose': 'Finalité de l’export',
  'audit.exportPurposeRequired': 'Choisissez une finalité.',
  'audit.exportSubmit': 'Télécharger le CSV',
  'audit.exportStarted': 'Le fichier CSV a été téléchargé.',

  'notFound.title': 'Page introuvable',
  'notFound.body': 'Il n’existe aucune page à cette adresse.',
  'notFound.home': 'Aller à la page d’accueil',

  'forbidden.title': 'Non accessible avec votre rôle',
  'forbidden.body':
    'Votre rôle ne donne pas accès à cette page. Adressez-vous à un administrateur du nœud si vous en avez besoin.',

  'errors.invalid_request':
    'Certaines informations ne sont pas valides. Vérifiez les champs et réessayez.',
  'errors.malformed_json': 'Le nœud n’a pas pu lire la requête. Rechargez la page et réessayez.',
  'errors.body_too_large': 'La requête est trop volumineuse pour le nœud.',
  'errors.unsupported_media_type':
    'Le nœud n’accepte pas la requête sous cette forme. Rechargez la page et réessayez.',
  'errors.not_found': 'Cet élément n’existe plus. Rechargez la page.',
  'errors.unauthenticated': 'Vous n’êtes pas connecté. Reconnectez-vous.',
  'errors.session_expired': 'Votre session a expiré. Reconnectez-vous.',
  'errors.forbidden':
    'Votre rôle ne le permet pas. Adressez-vous à un administrateur du nœud si vous en avez besoin.',
  'errors.csrf_failed':
    'Cette page n’est plus à jour pour votre session. Rechargez la page et réessayez.',
  'errors.invalid_credentials':
    'L’identifiant ou le mot de passe est incorrect. Vérifiez-les et réessayez.',
  'errors.account_disabled':
    'Ce compte est désactivé. Demandez à un administrateur du nœud de le réactiver.',
  'errors.account_locked':
    'Ce compte est verrouillé à la suite de tentatives infructueuses répétées. Patientez, ou demandez à un administrateur du nœud de le déverrouiller.',
  'errors.account_locked_wait':
    'Ce compte est verrouillé à la suite de tentatives infructueuses répétées. Réessayez dans {wait}, ou demandez à un administrateur du nœud de le déverrouiller.',
  'errors.too_many_attempts':
    'Trop de connexions ont échoué depuis votre adresse réseau. Patientez avant de réessayer.',
  'errors.too_many_attempts_wait':
    'Trop de connexions ont échoué depuis votre adresse réseau. Réessayez dans {wait}.',
  'errors.second_factor_required':
    'Saisissez d’abord le code de votre application d’authentification.',
  'errors.second_factor_setup_required':
    'Un administrateur exige un second facteur pour votre compte : configurez-le d’abord.',
  'errors.password_change_required': 'Changez d’abord votre mot de passe à usage unique.',
  'errors.invalid_second_factor':
    'Ce code est incorrect. Vérifiez que l’horloge de votre appareil est à l’heure, puis saisissez le code actuel.',
  'errors.second_factor_reused':
    'Ce code a déjà été utilisé. Attendez le code suivant (30 secondes au plus) et saisissez-le.',
  'errors.second_factor_not_enrolled':
    'Aucune application d’authentification n’est en cours de configuration. Recommencez.',
  'errors.second_factor_required_by_admin':
    'Un administrateur exige un second facteur pour ce compte : il ne peut donc pas être désactivé.',
  'errors.weak_password':
    'Le nouveau mot de passe n’est pas accepté : il doit compter au moins 12 caractères, ne pas contenir votre identifiant et différer de l’actuel.',
  'errors.wrong_password': 'Le mot de passe est incorrect.',
  'errors.username_taken': 'Cet identifiant est déjà utilisé. Choisissez-en un autre.',
  'errors.purpose_required': 'Choisissez une finalité pour cette action.',
  'errors.bank_name_taken': 'Une banque d’empreintes porte déjà ce nom. Choisissez-en un autre.',
  'errors.invalid_hash':
    'Une empreinte n’est pas valide. Vérifiez son format et son type, puis réessayez.',
  'errors.cannot_change_self':
    'Vous ne pouvez ni changer votre propre rôle ni désactiver votre propre compte. Adressez-vous à un autre administrateur.',
  'errors.internal_error':
    'Une erreur s’est produite sur le nœud ; elle a été consignée. Réessayez et prévenez l’administrateur du nœud si elle se reproduit.',
  'errors.network':
    'Concord ne parvient pas à joindre le nœud. Vérifiez votre connexion réseau et réessayez.',
  'errors.unexpected':
    'Un incident imprévu s’est produit ({detail}). Rechargez la page et réessayez.',
};
