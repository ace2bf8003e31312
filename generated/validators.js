// Generated from openapi/oauth2.yaml by `npm run generate`. Do not edit: change the contract and regenerate.

import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
export const schemaAccessToken = validate21;
const schema6 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:AccessToken"};
const func2 = require("ajv/dist/runtime/ucs2length").default;
const pattern0 = new RegExp("^[\\x20-\\x7E]+$", "u");

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AccessToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate21.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate21.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate21.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate21.errors = vErrors;
return errors === 0;
}

export const schemaAllowedDecision = validate22;
const schema7 = {"type":"string","enum":["true","false"],"$id":"urn:oauth2-contract:schema:AllowedDecision"};

function validate22(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AllowedDecision" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate22.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "true") || (data === "false"))){
validate22.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema7.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate22.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationCode = validate23;
const schema8 = {"type":"string","maxLength":2048,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:AuthorizationCode"};

function validate23(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationCode" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate23.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate23.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate23.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate23.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationCodeTokenRequest = validate24;
const schema9 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","code"],"properties":{"grant_type":{"type":"string","const":"authorization_code"},"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"code_verifier":{"$ref":"urn:oauth2-contract:schema:CodeVerifier"}}}],"$id":"urn:oauth2-contract:schema:AuthorizationCodeTokenRequest"};
const schema10 = {"type":"object","properties":{"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"client_secret":{"$ref":"urn:oauth2-contract:schema:ClientSecret"}},"$id":"urn:oauth2-contract:schema:ClientCredentialsInBody"};
const schema11 = {"type":"string","minLength":1,"maxLength":255,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:ClientId"};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientId" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 255){
validate26.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(func2(data) < 1){
validate26.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate26.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate26.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate26.errors = vErrors;
return errors === 0;
}

const schema12 = {"type":"string","minLength":1,"maxLength":512,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:ClientSecret"};

function validate28(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientSecret" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 512){
validate28.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 512},message:"must NOT have more than 512 characters"}];
return false;
}
else {
if(func2(data) < 1){
validate28.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate28.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
}
else {
validate28.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate28.errors = vErrors;
return errors === 0;
}


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientCredentialsInBody" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.client_id !== undefined){
const _errs1 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_secret !== undefined){
const _errs2 = errors;
if(!(validate28(data.client_secret, {instancePath:instancePath+"/client_secret",parentData:data,parentDataProperty:"client_secret",rootData}))){
vErrors = vErrors === null ? validate28.errors : vErrors.concat(validate28.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate25.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate25.errors = vErrors;
return errors === 0;
}

const schema13 = {"type":"string","maxLength":2048,"format":"uri","pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$","$id":"urn:oauth2-contract:schema:RedirectUri"};
const formats0 = /^(?:[a-z][a-z0-9+\-.]*:)(?:\/?\/)?[^\s]*$/i;
const pattern4 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$", "u");

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RedirectUri" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate32.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data)){
validate32.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate32.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
}
else {
validate32.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate32.errors = vErrors;
return errors === 0;
}

const schema14 = {"type":"string","maxLength":128,"$id":"urn:oauth2-contract:schema:CodeVerifier"};

function validate34(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeVerifier" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 128){
validate34.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
}
else {
validate34.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate34.errors = vErrors;
return errors === 0;
}


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationCodeTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.grant_type === undefined) && (missing0 = "grant_type")) || ((data.code === undefined) && (missing0 = "code"))){
validate24.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate24.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("authorization_code" !== data0){
validate24.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "authorization_code"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.code !== undefined){
const _errs5 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.redirect_uri !== undefined){
const _errs6 = errors;
if(!(validate32(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.code_verifier !== undefined){
const _errs7 = errors;
if(!(validate34(data.code_verifier, {instancePath:instancePath+"/code_verifier",parentData:data,parentDataProperty:"code_verifier",rootData}))){
vErrors = vErrors === null ? validate34.errors : vErrors.concat(validate34.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate24.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate24.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationErrorRedirect = validate36;
const schema15 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:schema:AuthorizationErrorRedirect"};
const schema16 = {"type":"string","maxLength":1024,"pattern":"^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$","$id":"urn:oauth2-contract:schema:ErrorDescription"};
const pattern5 = new RegExp("^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$", "u");

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorDescription" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate37.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern5.test(data)){
validate37.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$"},message:"must match pattern \""+"^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate37.errors = vErrors;
return errors === 0;
}

const schema17 = {"type":"string","maxLength":2048,"pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$","$id":"urn:oauth2-contract:schema:ErrorUri"};
const pattern6 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$", "u");

function validate39(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorUri" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate39.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern6.test(data)){
validate39.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate39.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate39.errors = vErrors;
return errors === 0;
}

const schema18 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:State"};

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:State" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate41.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate41.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate41.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate41.errors = vErrors;
return errors === 0;
}

const schema19 = {"type":"string","format":"uri","pattern":"^https?://[^?#\\s]+$","$id":"urn:oauth2-contract:schema:Issuer"};
const pattern8 = new RegExp("^https?://[^?#\\s]+$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Issuer" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!pattern8.test(data)){
validate43.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https?://[^?#\\s]+$"},message:"must match pattern \""+"^https?://[^?#\\s]+$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate43.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate43.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationErrorRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate36.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate36.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate36.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema15.properties.error.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs3 = errors;
if(!(validate37(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs4 = errors;
if(!(validate39(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs6 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate36.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationRequest = validate45;
const schema20 = {"type":"object","required":["response_type","client_id"],"properties":{"response_type":{"$ref":"urn:oauth2-contract:schema:ResponseType"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"code_challenge":{"$ref":"urn:oauth2-contract:schema:CodeChallenge"},"code_challenge_method":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"},"allowed":{"$ref":"urn:oauth2-contract:schema:AllowedDecision"},"csrf_token":{"$ref":"urn:oauth2-contract:schema:CsrfToken"}},"$id":"urn:oauth2-contract:schema:AuthorizationRequest"};
const schema21 = {"type":"string","maxLength":64,"pattern":"^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$","$id":"urn:oauth2-contract:schema:ResponseType"};
const pattern9 = new RegExp("^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$", "u");

function validate46(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ResponseType" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 64){
validate46.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern9.test(data)){
validate46.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$"+"\""}];
return false;
}
}
}
else {
validate46.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate46.errors = vErrors;
return errors === 0;
}

const schema22 = {"type":"string","maxLength":2048,"pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$","$id":"urn:oauth2-contract:schema:Scope"};
const pattern10 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Scope" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate50.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern10.test(data)){
validate50.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"+"\""}];
return false;
}
}
}
else {
validate50.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate50.errors = vErrors;
return errors === 0;
}

const schema23 = {"type":"string","minLength":43,"maxLength":128,"pattern":"^[A-Za-z0-9._~-]+$","$id":"urn:oauth2-contract:schema:CodeChallenge"};
const pattern11 = new RegExp("^[A-Za-z0-9._~-]+$", "u");

function validate53(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeChallenge" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 128){
validate53.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func2(data) < 43){
validate53.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern11.test(data)){
validate53.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]+$"+"\""}];
return false;
}
}
}
}
else {
validate53.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate53.errors = vErrors;
return errors === 0;
}

const schema24 = {"type":"string","enum":["S256","plain"],"$id":"urn:oauth2-contract:schema:CodeChallengeMethod"};

function validate55(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeChallengeMethod" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate55.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "S256") || (data === "plain"))){
validate55.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema24.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate55.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"string","maxLength":256,"pattern":"^[A-Za-z0-9_-]+$","$id":"urn:oauth2-contract:schema:CsrfToken"};
const pattern12 = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate58(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CsrfToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 256){
validate58.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(!pattern12.test(data)){
validate58.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
else {
validate58.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate58.errors = vErrors;
return errors === 0;
}


function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationRequest" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.response_type === undefined) && (missing0 = "response_type")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate45.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.response_type !== undefined){
const _errs1 = errors;
if(!(validate46(data.response_type, {instancePath:instancePath+"/response_type",parentData:data,parentDataProperty:"response_type",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs2 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.redirect_uri !== undefined){
const _errs3 = errors;
if(!(validate32(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs4 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge !== undefined){
const _errs6 = errors;
if(!(validate53(data.code_challenge, {instancePath:instancePath+"/code_challenge",parentData:data,parentDataProperty:"code_challenge",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_method !== undefined){
const _errs7 = errors;
if(!(validate55(data.code_challenge_method, {instancePath:instancePath+"/code_challenge_method",parentData:data,parentDataProperty:"code_challenge_method",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowed !== undefined){
const _errs8 = errors;
if(!(validate22(data.allowed, {instancePath:instancePath+"/allowed",parentData:data,parentDataProperty:"allowed",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.csrf_token !== undefined){
const _errs9 = errors;
if(!(validate58(data.csrf_token, {instancePath:instancePath+"/csrf_token",parentData:data,parentDataProperty:"csrf_token",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationServerMetadata = validate60;
const schema26 = {"type":"object","required":["issuer","token_endpoint","response_types_supported"],"properties":{"issuer":{"$ref":"urn:oauth2-contract:schema:Issuer"},"authorization_endpoint":{"type":"string","format":"uri"},"token_endpoint":{"type":"string","format":"uri"},"revocation_endpoint":{"type":"string","format":"uri"},"introspection_endpoint":{"type":"string","format":"uri"},"scopes_supported":{"type":"array","items":{"type":"string"}},"response_types_supported":{"type":"array","items":{"type":"string"}},"response_modes_supported":{"type":"array","items":{"type":"string"}},"grant_types_supported":{"type":"array","items":{"type":"string"}},"token_endpoint_auth_methods_supported":{"type":"array","items":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]}},"revocation_endpoint_auth_methods_supported":{"type":"array","items":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]}},"introspection_endpoint_auth_methods_supported":{"type":"array","items":{"type":"string","enum":["client_secret_basic","client_secret_post","none"]}},"code_challenge_methods_supported":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"}},"authorization_response_iss_parameter_supported":{"type":"boolean"},"service_documentation":{"type":"string","format":"uri"}},"$id":"urn:oauth2-contract:schema:AuthorizationServerMetadata"};

function validate60(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationServerMetadata" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.issuer === undefined) && (missing0 = "issuer")) || ((data.token_endpoint === undefined) && (missing0 = "token_endpoint"))) || ((data.response_types_supported === undefined) && (missing0 = "response_types_supported"))){
validate60.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.issuer !== undefined){
const _errs1 = errors;
if(!(validate43(data.issuer, {instancePath:instancePath+"/issuer",parentData:data,parentDataProperty:"issuer",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization_endpoint !== undefined){
let data1 = data.authorization_endpoint;
const _errs2 = errors;
if(errors === _errs2){
if(errors === _errs2){
if(typeof data1 === "string"){
if(!(formats0.test(data1))){
validate60.errors = [{instancePath:instancePath+"/authorization_endpoint",schemaPath:"#/properties/authorization_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/authorization_endpoint",schemaPath:"#/properties/authorization_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_endpoint !== undefined){
let data2 = data.token_endpoint;
const _errs4 = errors;
if(errors === _errs4){
if(errors === _errs4){
if(typeof data2 === "string"){
if(!(formats0.test(data2))){
validate60.errors = [{instancePath:instancePath+"/token_endpoint",schemaPath:"#/properties/token_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/token_endpoint",schemaPath:"#/properties/token_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.revocation_endpoint !== undefined){
let data3 = data.revocation_endpoint;
const _errs6 = errors;
if(errors === _errs6){
if(errors === _errs6){
if(typeof data3 === "string"){
if(!(formats0.test(data3))){
validate60.errors = [{instancePath:instancePath+"/revocation_endpoint",schemaPath:"#/properties/revocation_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/revocation_endpoint",schemaPath:"#/properties/revocation_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introspection_endpoint !== undefined){
let data4 = data.introspection_endpoint;
const _errs8 = errors;
if(errors === _errs8){
if(errors === _errs8){
if(typeof data4 === "string"){
if(!(formats0.test(data4))){
validate60.errors = [{instancePath:instancePath+"/introspection_endpoint",schemaPath:"#/properties/introspection_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/introspection_endpoint",schemaPath:"#/properties/introspection_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes_supported !== undefined){
let data5 = data.scopes_supported;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid1 = true;
const len0 = data5.length;
for(let i0=0; i0<len0; i0++){
const _errs12 = errors;
if(typeof data5[i0] !== "string"){
validate60.errors = [{instancePath:instancePath+"/scopes_supported/" + i0,schemaPath:"#/properties/scopes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_types_supported !== undefined){
let data7 = data.response_types_supported;
const _errs14 = errors;
if(errors === _errs14){
if(Array.isArray(data7)){
var valid2 = true;
const len1 = data7.length;
for(let i1=0; i1<len1; i1++){
const _errs16 = errors;
if(typeof data7[i1] !== "string"){
validate60.errors = [{instancePath:instancePath+"/response_types_supported/" + i1,schemaPath:"#/properties/response_types_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/response_types_supported",schemaPath:"#/properties/response_types_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.response_modes_supported !== undefined){
let data9 = data.response_modes_supported;
const _errs18 = errors;
if(errors === _errs18){
if(Array.isArray(data9)){
var valid3 = true;
const len2 = data9.length;
for(let i2=0; i2<len2; i2++){
const _errs20 = errors;
if(typeof data9[i2] !== "string"){
validate60.errors = [{instancePath:instancePath+"/response_modes_supported/" + i2,schemaPath:"#/properties/response_modes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/response_modes_supported",schemaPath:"#/properties/response_modes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs18 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.grant_types_supported !== undefined){
let data11 = data.grant_types_supported;
const _errs22 = errors;
if(errors === _errs22){
if(Array.isArray(data11)){
var valid4 = true;
const len3 = data11.length;
for(let i3=0; i3<len3; i3++){
const _errs24 = errors;
if(typeof data11[i3] !== "string"){
validate60.errors = [{instancePath:instancePath+"/grant_types_supported/" + i3,schemaPath:"#/properties/grant_types_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/grant_types_supported",schemaPath:"#/properties/grant_types_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs22 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_endpoint_auth_methods_supported !== undefined){
let data13 = data.token_endpoint_auth_methods_supported;
const _errs26 = errors;
if(errors === _errs26){
if(Array.isArray(data13)){
var valid5 = true;
const len4 = data13.length;
for(let i4=0; i4<len4; i4++){
let data14 = data13[i4];
const _errs28 = errors;
if(typeof data14 !== "string"){
validate60.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported/" + i4,schemaPath:"#/properties/token_endpoint_auth_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data14 === "client_secret_basic") || (data14 === "client_secret_post")) || (data14 === "none"))){
validate60.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported/" + i4,schemaPath:"#/properties/token_endpoint_auth_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema26.properties.token_endpoint_auth_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs28 === errors;
if(!valid5){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported",schemaPath:"#/properties/token_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.revocation_endpoint_auth_methods_supported !== undefined){
let data15 = data.revocation_endpoint_auth_methods_supported;
const _errs30 = errors;
if(errors === _errs30){
if(Array.isArray(data15)){
var valid6 = true;
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
let data16 = data15[i5];
const _errs32 = errors;
if(typeof data16 !== "string"){
validate60.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported/" + i5,schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data16 === "client_secret_basic") || (data16 === "client_secret_post")) || (data16 === "none"))){
validate60.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported/" + i5,schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema26.properties.revocation_endpoint_auth_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs32 === errors;
if(!valid6){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported",schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs30 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introspection_endpoint_auth_methods_supported !== undefined){
let data17 = data.introspection_endpoint_auth_methods_supported;
const _errs34 = errors;
if(errors === _errs34){
if(Array.isArray(data17)){
var valid7 = true;
const len6 = data17.length;
for(let i6=0; i6<len6; i6++){
let data18 = data17[i6];
const _errs36 = errors;
if(typeof data18 !== "string"){
validate60.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported/" + i6,schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data18 === "client_secret_basic") || (data18 === "client_secret_post")) || (data18 === "none"))){
validate60.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported/" + i6,schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema26.properties.introspection_endpoint_auth_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid7 = _errs36 === errors;
if(!valid7){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported",schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs34 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_methods_supported !== undefined){
let data19 = data.code_challenge_methods_supported;
const _errs38 = errors;
if(errors === _errs38){
if(Array.isArray(data19)){
var valid8 = true;
const len7 = data19.length;
for(let i7=0; i7<len7; i7++){
const _errs40 = errors;
if(!(validate55(data19[i7], {instancePath:instancePath+"/code_challenge_methods_supported/" + i7,parentData:data19,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid8 = _errs40 === errors;
if(!valid8){
break;
}
}
}
else {
validate60.errors = [{instancePath:instancePath+"/code_challenge_methods_supported",schemaPath:"#/properties/code_challenge_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization_response_iss_parameter_supported !== undefined){
const _errs41 = errors;
if(typeof data.authorization_response_iss_parameter_supported !== "boolean"){
validate60.errors = [{instancePath:instancePath+"/authorization_response_iss_parameter_supported",schemaPath:"#/properties/authorization_response_iss_parameter_supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs41 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_documentation !== undefined){
let data22 = data.service_documentation;
const _errs43 = errors;
if(errors === _errs43){
if(errors === _errs43){
if(typeof data22 === "string"){
if(!(formats0.test(data22))){
validate60.errors = [{instancePath:instancePath+"/service_documentation",schemaPath:"#/properties/service_documentation/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate60.errors = [{instancePath:instancePath+"/service_documentation",schemaPath:"#/properties/service_documentation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs43 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate60.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate60.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationSuccessRedirect = validate63;
const schema27 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:schema:AuthorizationSuccessRedirect"};

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationSuccessRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate63.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs2 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs3 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}

export const schemaBearerFormBody = validate67;
const schema28 = {"type":"object","properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"}},"$id":"urn:oauth2-contract:schema:BearerFormBody"};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:BearerFormBody" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.access_token !== undefined){
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}

export const schemaClientCredentialsInBody = validate25;

export const schemaClientCredentialsTokenRequest = validate69;
const schema29 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type"],"properties":{"grant_type":{"type":"string","const":"client_credentials"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}}}],"$id":"urn:oauth2-contract:schema:ClientCredentialsTokenRequest"};

function validate69(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientCredentialsTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.grant_type === undefined) && (missing0 = "grant_type")){
validate69.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate69.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("client_credentials" !== data0){
validate69.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "client_credentials"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs5 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate69.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate69.errors = vErrors;
return errors === 0;
}

export const schemaClientId = validate26;

export const schemaClientSecret = validate28;

export const schemaCodeChallenge = validate53;

export const schemaCodeChallengeMethod = validate55;

export const schemaCodeVerifier = validate34;

export const schemaCsrfToken = validate58;

export const schemaErrorCode = validate72;
const schema30 = {"type":"string","enum":["invalid_request","invalid_client","invalid_grant","unauthorized_client","unsupported_grant_type","invalid_scope","access_denied","unsupported_response_type","server_error","temporarily_unavailable","invalid_token","insufficient_scope","unsupported_token_type"],"$id":"urn:oauth2-contract:schema:ErrorCode"};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorCode" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((((((((data === "invalid_request") || (data === "invalid_client")) || (data === "invalid_grant")) || (data === "unauthorized_client")) || (data === "unsupported_grant_type")) || (data === "invalid_scope")) || (data === "access_denied")) || (data === "unsupported_response_type")) || (data === "server_error")) || (data === "temporarily_unavailable")) || (data === "invalid_token")) || (data === "insufficient_scope")) || (data === "unsupported_token_type"))){
validate72.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema30.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate72.errors = vErrors;
return errors === 0;
}

export const schemaErrorDescription = validate37;

export const schemaErrorUri = validate39;

export const schemaExtensionGrantTokenRequest = validate73;
const schema31 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type"],"properties":{"grant_type":{"$ref":"urn:oauth2-contract:schema:ExtensionGrantType"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}}}],"$id":"urn:oauth2-contract:schema:ExtensionGrantTokenRequest"};
const schema32 = {"type":"string","maxLength":255,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$","$id":"urn:oauth2-contract:schema:ExtensionGrantType"};
const pattern13 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$", "u");

function validate75(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ExtensionGrantType" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 255){
validate75.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(!pattern13.test(data)){
validate75.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate75.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate75.errors = vErrors;
return errors === 0;
}


function validate73(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ExtensionGrantTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.grant_type === undefined) && (missing0 = "grant_type")){
validate73.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
const _errs3 = errors;
if(!(validate75(data.grant_type, {instancePath:instancePath+"/grant_type",parentData:data,parentDataProperty:"grant_type",rootData}))){
vErrors = vErrors === null ? validate75.errors : vErrors.concat(validate75.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs4 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate73.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate73.errors = vErrors;
return errors === 0;
}

export const schemaExtensionGrantType = validate75;

export const schemaHealth = validate78;
const schema33 = {"type":"object","required":["status"],"properties":{"status":{"type":"string","enum":["ok","unavailable"]}},"$id":"urn:oauth2-contract:schema:Health"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Health" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate78.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
validate78.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
validate78.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema33.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
}
}
}
}
else {
validate78.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate78.errors = vErrors;
return errors === 0;
}

export const schemaImplicitSuccessRedirect = validate79;
const schema34 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:schema:ImplicitSuccessRedirect"};
const pattern14 = new RegExp("^[Bb][Ee][Aa][Rr][Ee][Rr]$", "u");
const pattern15 = new RegExp("^[0-9]{1,10}$", "u");

function validate79(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ImplicitSuccessRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate79.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate79.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
validate79.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate79.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate79.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate79.errors = vErrors;
return errors === 0;
}

export const schemaIntrospectionRequest = validate83;
const schema35 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["token"],"properties":{"token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type_hint":{"$ref":"urn:oauth2-contract:schema:TokenTypeHint"}}}],"$id":"urn:oauth2-contract:schema:IntrospectionRequest"};
const schema36 = {"type":"string","maxLength":64,"pattern":"^[\\x21-\\x7E]+$","$id":"urn:oauth2-contract:schema:TokenTypeHint"};
const pattern16 = new RegExp("^[\\x21-\\x7E]+$", "u");

function validate86(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenTypeHint" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 64){
validate86.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern16.test(data)){
validate86.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate86.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate86.errors = vErrors;
return errors === 0;
}


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:IntrospectionRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
validate83.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
const _errs3 = errors;
if(!(validate21(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.token_type_hint !== undefined){
const _errs4 = errors;
if(!(validate86(data.token_type_hint, {instancePath:instancePath+"/token_type_hint",parentData:data,parentDataProperty:"token_type_hint",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate83.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate83.errors = vErrors;
return errors === 0;
}

export const schemaIntrospectionResponse = validate88;
const schema37 = {"type":"object","required":["active"],"properties":{"active":{"type":"boolean"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"username":{"type":"string"},"token_type":{"type":"string"},"exp":{"type":"integer","minimum":0},"iat":{"type":"integer","minimum":0},"nbf":{"type":"integer","minimum":0},"sub":{"type":"string"},"aud":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"},"jti":{"type":"string"}},"$id":"urn:oauth2-contract:schema:IntrospectionResponse"};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:IntrospectionResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.active === undefined) && (missing0 = "active")){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.active !== undefined){
const _errs1 = errors;
if(typeof data.active !== "boolean"){
validate88.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs3 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs4 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs5 = errors;
if(typeof data.username !== "string"){
validate88.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
const _errs7 = errors;
if(typeof data.token_type !== "string"){
validate88.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.exp !== undefined){
let data5 = data.exp;
const _errs9 = errors;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
validate88.errors = [{instancePath:instancePath+"/exp",schemaPath:"#/properties/exp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate88.errors = [{instancePath:instancePath+"/exp",schemaPath:"#/properties/exp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iat !== undefined){
let data6 = data.iat;
const _errs11 = errors;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
validate88.errors = [{instancePath:instancePath+"/iat",schemaPath:"#/properties/iat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate88.errors = [{instancePath:instancePath+"/iat",schemaPath:"#/properties/iat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs11 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.nbf !== undefined){
let data7 = data.nbf;
const _errs13 = errors;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
validate88.errors = [{instancePath:instancePath+"/nbf",schemaPath:"#/properties/nbf/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate88.errors = [{instancePath:instancePath+"/nbf",schemaPath:"#/properties/nbf/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs13 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.sub !== undefined){
const _errs15 = errors;
if(typeof data.sub !== "string"){
validate88.errors = [{instancePath:instancePath+"/sub",schemaPath:"#/properties/sub/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs15 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.aud !== undefined){
let data9 = data.aud;
const _errs17 = errors;
const _errs18 = errors;
let valid1 = false;
let passing0 = null;
const _errs19 = errors;
if(typeof data9 !== "string"){
const err0 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/oneOf/0/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs19 === errors;
if(_valid0){
valid1 = true;
passing0 = 0;
}
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data9)){
var valid2 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs23 = errors;
if(typeof data9[i0] !== "string"){
const err1 = {instancePath:instancePath+"/aud/" + i0,schemaPath:"#/properties/aud/oneOf/1/items/type",keyword:"type",params:{type: "string"},message:"must be string"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var valid2 = _errs23 === errors;
if(!valid2){
break;
}
}
}
else {
const err2 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/oneOf/1/type",keyword:"type",params:{type: "array"},message:"must be array"};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var _valid0 = _errs21 === errors;
if(_valid0 && valid1){
valid1 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid1 = true;
passing0 = 1;
}
}
if(!valid1){
const err3 = {instancePath:instancePath+"/aud",schemaPath:"#/properties/aud/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate88.errors = vErrors;
return false;
}
else {
errors = _errs18;
if(vErrors !== null){
if(_errs18){
vErrors.length = _errs18;
}
else {
vErrors = null;
}
}
}
var valid0 = _errs17 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs25 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs25 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.jti !== undefined){
const _errs26 = errors;
if(typeof data.jti !== "string"){
validate88.errors = [{instancePath:instancePath+"/jti",schemaPath:"#/properties/jti/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs26 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate88.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate88.errors = vErrors;
return errors === 0;
}

export const schemaIssuer = validate43;

export const schemaLoginForm = validate92;
const schema38 = {"type":"object","required":["username","password","csrf_token","return_to"],"properties":{"username":{"$ref":"urn:oauth2-contract:schema:Username"},"password":{"$ref":"urn:oauth2-contract:schema:Password"},"csrf_token":{"$ref":"urn:oauth2-contract:schema:CsrfToken"},"return_to":{"type":"string","maxLength":8192,"pattern":"^/authorize\\?"}},"$id":"urn:oauth2-contract:schema:LoginForm"};
const schema39 = {"type":"string","maxLength":1024,"pattern":"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$","$id":"urn:oauth2-contract:schema:Username"};
const pattern17 = new RegExp("^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$", "u");

function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Username" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate93.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern17.test(data)){
validate93.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"},message:"must match pattern \""+"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"+"\""}];
return false;
}
}
}
else {
validate93.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate93.errors = vErrors;
return errors === 0;
}

const schema40 = {"type":"string","maxLength":1024,"pattern":"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$","$id":"urn:oauth2-contract:schema:Password"};

function validate95(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Password" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate95.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern17.test(data)){
validate95.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"},message:"must match pattern \""+"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"+"\""}];
return false;
}
}
}
else {
validate95.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate95.errors = vErrors;
return errors === 0;
}

const pattern19 = new RegExp("^/authorize\\?", "u");

function validate92(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:LoginForm" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.username === undefined) && (missing0 = "username")) || ((data.password === undefined) && (missing0 = "password"))) || ((data.csrf_token === undefined) && (missing0 = "csrf_token"))) || ((data.return_to === undefined) && (missing0 = "return_to"))){
validate92.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.username !== undefined){
const _errs1 = errors;
if(!(validate93(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.password !== undefined){
const _errs2 = errors;
if(!(validate95(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.csrf_token !== undefined){
const _errs3 = errors;
if(!(validate58(data.csrf_token, {instancePath:instancePath+"/csrf_token",parentData:data,parentDataProperty:"csrf_token",rootData}))){
vErrors = vErrors === null ? validate58.errors : vErrors.concat(validate58.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.return_to !== undefined){
let data3 = data.return_to;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data3 === "string"){
if(func2(data3) > 8192){
validate92.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(!pattern19.test(data3)){
validate92.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/pattern",keyword:"pattern",params:{pattern: "^/authorize\\?"},message:"must match pattern \""+"^/authorize\\?"+"\""}];
return false;
}
}
}
else {
validate92.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate92.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate92.errors = vErrors;
return errors === 0;
}

export const schemaMeResponse = validate98;
const schema41 = {"type":"object","required":["sub","client_id"],"properties":{"sub":{"type":"string"},"username":{"type":"string"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}},"$id":"urn:oauth2-contract:schema:MeResponse"};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:MeResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.sub === undefined) && (missing0 = "sub")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate98.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.sub !== undefined){
const _errs1 = errors;
if(typeof data.sub !== "string"){
validate98.errors = [{instancePath:instancePath+"/sub",schemaPath:"#/properties/sub/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.username !== undefined){
const _errs3 = errors;
if(typeof data.username !== "string"){
validate98.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs5 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}

export const schemaOAuthError = validate101;
const schema42 = {"type":"object","required":["error"],"properties":{"error":{"$ref":"urn:oauth2-contract:schema:ErrorCode"},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"}},"$id":"urn:oauth2-contract:schema:OAuthError"};

function validate101(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:OAuthError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate101.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
const _errs1 = errors;
if(!(validate72(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate72.errors : vErrors.concat(validate72.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs2 = errors;
if(!(validate37(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs3 = errors;
if(!(validate39(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate101.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate101.errors = vErrors;
return errors === 0;
}

export const schemaPassword = validate95;

export const schemaPasswordTokenRequest = validate105;
const schema43 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","username","password"],"properties":{"grant_type":{"type":"string","const":"password"},"username":{"$ref":"urn:oauth2-contract:schema:Username"},"password":{"$ref":"urn:oauth2-contract:schema:Password"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}}}],"$id":"urn:oauth2-contract:schema:PasswordTokenRequest"};

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:PasswordTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.grant_type === undefined) && (missing0 = "grant_type")) || ((data.username === undefined) && (missing0 = "username"))) || ((data.password === undefined) && (missing0 = "password"))){
validate105.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate105.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("password" !== data0){
validate105.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "password"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.username !== undefined){
const _errs5 = errors;
if(!(validate93(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.password !== undefined){
const _errs6 = errors;
if(!(validate95(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate95.errors : vErrors.concat(validate95.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs7 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
}
else {
validate105.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate105.errors = vErrors;
return errors === 0;
}

export const schemaRedirectUri = validate32;

export const schemaRefreshToken = validate110;
const schema44 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:RefreshToken"};

function validate110(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RefreshToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate110.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate110.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate110.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate110.errors = vErrors;
return errors === 0;
}

export const schemaRefreshTokenRequest = validate111;
const schema45 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","refresh_token"],"properties":{"grant_type":{"type":"string","const":"refresh_token"},"refresh_token":{"$ref":"urn:oauth2-contract:schema:RefreshToken"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}}}],"$id":"urn:oauth2-contract:schema:RefreshTokenRequest"};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RefreshTokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.grant_type === undefined) && (missing0 = "grant_type")) || ((data.refresh_token === undefined) && (missing0 = "refresh_token"))){
validate111.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate111.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("refresh_token" !== data0){
validate111.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "refresh_token"},message:"must be equal to constant"}];
return false;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.refresh_token !== undefined){
const _errs5 = errors;
if(!(validate110(data.refresh_token, {instancePath:instancePath+"/refresh_token",parentData:data,parentDataProperty:"refresh_token",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
}
}
}
}
else {
validate111.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate111.errors = vErrors;
return errors === 0;
}

export const schemaResponseType = validate46;

export const schemaRevocationRequest = validate115;
const schema46 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["token"],"properties":{"token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type_hint":{"$ref":"urn:oauth2-contract:schema:TokenTypeHint"}}}],"$id":"urn:oauth2-contract:schema:RevocationRequest"};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RevocationRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
if(!(validate25(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
var valid0 = _errs0 === errors;
if(valid0){
const _errs1 = errors;
if(errors === _errs1){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.token === undefined) && (missing0 = "token")){
validate115.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.token !== undefined){
const _errs3 = errors;
if(!(validate21(data.token, {instancePath:instancePath+"/token",parentData:data,parentDataProperty:"token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid1 = _errs3 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.token_type_hint !== undefined){
const _errs4 = errors;
if(!(validate86(data.token_type_hint, {instancePath:instancePath+"/token_type_hint",parentData:data,parentDataProperty:"token_type_hint",rootData}))){
vErrors = vErrors === null ? validate86.errors : vErrors.concat(validate86.errors);
errors = vErrors.length;
}
var valid1 = _errs4 === errors;
}
else {
var valid1 = true;
}
}
}
}
else {
validate115.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate115.errors = vErrors;
return errors === 0;
}

export const schemaScope = validate50;

export const schemaState = validate41;

export const schemaTokenRequest = validate119;
const schema47 = {"oneOf":[{"$ref":"urn:oauth2-contract:schema:AuthorizationCodeTokenRequest"},{"$ref":"urn:oauth2-contract:schema:ClientCredentialsTokenRequest"},{"$ref":"urn:oauth2-contract:schema:PasswordTokenRequest"},{"$ref":"urn:oauth2-contract:schema:RefreshTokenRequest"},{"$ref":"urn:oauth2-contract:schema:ExtensionGrantTokenRequest"}],"$id":"urn:oauth2-contract:schema:TokenRequest"};

function validate119(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenRequest" */;
let vErrors = null;
let errors = 0;
const _errs0 = errors;
let valid0 = false;
let passing0 = null;
const _errs1 = errors;
if(!(validate24(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
if(_valid0){
valid0 = true;
passing0 = 0;
}
const _errs2 = errors;
if(!(validate69(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate69.errors : vErrors.concat(validate69.errors);
errors = vErrors.length;
}
var _valid0 = _errs2 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 1];
}
else {
if(_valid0){
valid0 = true;
passing0 = 1;
}
const _errs3 = errors;
if(!(validate105(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
errors = vErrors.length;
}
var _valid0 = _errs3 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 2];
}
else {
if(_valid0){
valid0 = true;
passing0 = 2;
}
const _errs4 = errors;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
var _valid0 = _errs4 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 3];
}
else {
if(_valid0){
valid0 = true;
passing0 = 3;
}
const _errs5 = errors;
if(!(validate73(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate73.errors : vErrors.concat(validate73.errors);
errors = vErrors.length;
}
var _valid0 = _errs5 === errors;
if(_valid0 && valid0){
valid0 = false;
passing0 = [passing0, 4];
}
else {
if(_valid0){
valid0 = true;
passing0 = 4;
}
}
}
}
}
if(!valid0){
const err0 = {instancePath,schemaPath:"#/oneOf",keyword:"oneOf",params:{passingSchemas: passing0},message:"must match exactly one schema in oneOf"};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
validate119.errors = vErrors;
return false;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate119.errors = vErrors;
return errors === 0;
}

export const schemaTokenResponse = validate125;
const schema48 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"integer","minimum":0},"refresh_token":{"$ref":"urn:oauth2-contract:schema:RefreshToken"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}},"$id":"urn:oauth2-contract:schema:TokenResponse"};

function validate125(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate125.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate125.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate125.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
validate125.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate125.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.refresh_token !== undefined){
const _errs6 = errors;
if(!(validate110(data.refresh_token, {instancePath:instancePath+"/refresh_token",parentData:data,parentDataProperty:"refresh_token",rootData}))){
vErrors = vErrors === null ? validate110.errors : vErrors.concat(validate110.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs7 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate125.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate125.errors = vErrors;
return errors === 0;
}

export const schemaTokenTypeHint = validate86;

export const schemaUsername = validate93;

export const authorizeQuery = validate129;
const schema49 = {"type":"object","properties":{"response_type":{"$ref":"urn:oauth2-contract:schema:ResponseType"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"code_challenge":{"$ref":"urn:oauth2-contract:schema:CodeChallenge"},"code_challenge_method":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"}},"required":["response_type","client_id"],"$id":"urn:oauth2-contract:authorizeQuery"};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.response_type === undefined) && (missing0 = "response_type")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate129.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.response_type !== undefined){
const _errs1 = errors;
if(!(validate46(data.response_type, {instancePath:instancePath+"/response_type",parentData:data,parentDataProperty:"response_type",rootData}))){
vErrors = vErrors === null ? validate46.errors : vErrors.concat(validate46.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.client_id !== undefined){
const _errs2 = errors;
if(!(validate26(data.client_id, {instancePath:instancePath+"/client_id",parentData:data,parentDataProperty:"client_id",rootData}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.redirect_uri !== undefined){
const _errs3 = errors;
if(!(validate32(data.redirect_uri, {instancePath:instancePath+"/redirect_uri",parentData:data,parentDataProperty:"redirect_uri",rootData}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs4 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge !== undefined){
const _errs6 = errors;
if(!(validate53(data.code_challenge, {instancePath:instancePath+"/code_challenge",parentData:data,parentDataProperty:"code_challenge",rootData}))){
vErrors = vErrors === null ? validate53.errors : vErrors.concat(validate53.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_method !== undefined){
const _errs7 = errors;
if(!(validate55(data.code_challenge_method, {instancePath:instancePath+"/code_challenge_method",parentData:data,parentDataProperty:"code_challenge_method",rootData}))){
vErrors = vErrors === null ? validate55.errors : vErrors.concat(validate55.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
}
}
else {
validate129.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate129.errors = vErrors;
return errors === 0;
}

export const authorizeResponse200Headers = validate137;
const schema50 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeResponse200Headers"};
const pattern22 = new RegExp("(^|[ ,])no-store($|[ ,])", "u");
const pattern23 = new RegExp("frame-ancestors 'none'", "u");

function validate137(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate137.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate137.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate137.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate137.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate137.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate137.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate137.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate137.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate137.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate137.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate137.errors = vErrors;
return errors === 0;
}

export const authorizeResponse200TextHtml = validate138;
const schema51 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse200TextHtml"};

function validate138(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate138.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate138.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302Headers = validate139;
const schema52 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","location"],"$id":"urn:oauth2-contract:authorizeResponse302Headers"};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.location === undefined) && (missing0 = "location"))){
validate139.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate139.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate139.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate139.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate139.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate139.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate139.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectSuccess = validate140;
const schema53 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectSuccess"};

function validate140(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate140.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs2 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs3 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate140.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate140.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectError = validate144;
const schema54 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectError"};

function validate144(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate144.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate144.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate144.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema54.properties.error.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs3 = errors;
if(!(validate37(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs4 = errors;
if(!(validate39(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs6 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate144.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate144.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectImplicit = validate149;
const schema55 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectImplicit"};

function validate149(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate149.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate149.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate149.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
validate149.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate149.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate149.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate149.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400Headers = validate153;
const schema56 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:authorizeResponse400Headers"};

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate153.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate153.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate153.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate153.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate153.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400ApplicationJson = validate154;
const schema57 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse400ApplicationJson"};

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate154.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400TextHtml = validate156;
const schema58 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse400TextHtml"};

function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate156.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate156.errors = vErrors;
return errors === 0;
}

export const authorizeResponse401Headers = validate157;
const schema59 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","www-authenticate"],"$id":"urn:oauth2-contract:authorizeResponse401Headers"};
const pattern28 = new RegExp("^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$", "u");

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate"))){
validate157.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate157.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate157.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate157.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate157.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate157.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate157.errors = vErrors;
return errors === 0;
}

export const authorizeResponse401ApplicationJson = validate158;
const schema60 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse401ApplicationJson"};

function validate158(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate158.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500Headers = validate160;
const schema61 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:authorizeResponse500Headers"};

function validate160(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate160.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate160.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate160.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate160.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate160.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500ApplicationJson = validate161;
const schema62 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse500ApplicationJson"};

function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate161.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500TextHtml = validate163;
const schema63 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse500TextHtml"};

function validate163(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate163.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate163.errors = vErrors;
return errors === 0;
}

export const authorizeResponse503Headers = validate164;
const schema64 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:authorizeResponse503Headers"};
const pattern31 = new RegExp("^[0-9]{1,6}$", "u");

function validate164(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate164.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate164.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate164.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate164.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate164.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate164.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate164.errors = vErrors;
return errors === 0;
}

export const authorizeResponse503ApplicationJson = validate165;
const schema65 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse503ApplicationJson"};

function validate165(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate165.errors = vErrors;
return errors === 0;
}

export const authorizeFormBody = validate167;
const schema66 = {"$ref":"urn:oauth2-contract:schema:AuthorizationRequest","$id":"urn:oauth2-contract:authorizeFormBody"};

function validate167(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormBody" */;
let vErrors = null;
let errors = 0;
if(!(validate45(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
errors = vErrors.length;
}
validate167.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse200Headers = validate169;
const schema67 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeFormResponse200Headers"};

function validate169(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate169.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate169.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate169.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate169.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate169.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate169.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate169.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate169.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate169.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate169.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate169.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse200TextHtml = validate170;
const schema68 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse200TextHtml"};

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate170.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate170.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303Headers = validate171;
const schema69 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","location"],"$id":"urn:oauth2-contract:authorizeFormResponse303Headers"};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.location === undefined) && (missing0 = "location"))){
validate171.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate171.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate171.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate171.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate171.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate171.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate171.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectSuccess = validate172;
const schema70 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectSuccess"};

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate172.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs2 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs3 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate172.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate172.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectError = validate176;
const schema71 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectError"};

function validate176(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate176.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate176.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate176.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema71.properties.error.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_description !== undefined){
const _errs3 = errors;
if(!(validate37(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error_uri !== undefined){
const _errs4 = errors;
if(!(validate39(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate39.errors : vErrors.concat(validate39.errors);
errors = vErrors.length;
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs5 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.iss !== undefined){
const _errs6 = errors;
if(!(validate43(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate176.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate176.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectImplicit = validate181;
const schema72 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectImplicit"};

function validate181(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate181.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.access_token !== undefined){
const _errs1 = errors;
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.token_type !== undefined){
let data1 = data.token_type;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(!pattern14.test(data1)){
validate181.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.expires_in !== undefined){
let data2 = data.expires_in;
const _errs4 = errors;
if(errors === _errs4){
if(typeof data2 === "string"){
if(!pattern15.test(data2)){
validate181.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate181.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs4 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scope !== undefined){
const _errs6 = errors;
if(!(validate50(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
errors = vErrors.length;
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.state !== undefined){
const _errs7 = errors;
if(!(validate41(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
}
else {
validate181.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate181.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400Headers = validate185;
const schema73 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:authorizeFormResponse400Headers"};

function validate185(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate185.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate185.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate185.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate185.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate185.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400ApplicationJson = validate186;
const schema74 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse400ApplicationJson"};

function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate186.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400TextHtml = validate188;
const schema75 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse400TextHtml"};

function validate188(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate188.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate188.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse401Headers = validate189;
const schema76 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","www-authenticate"],"$id":"urn:oauth2-contract:authorizeFormResponse401Headers"};

function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate"))){
validate189.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate189.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate189.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate189.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate189.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate189.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate189.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse401ApplicationJson = validate190;
const schema77 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse401ApplicationJson"};

function validate190(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate190.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403Headers = validate192;
const schema78 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeFormResponse403Headers"};

function validate192(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate192.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate192.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate192.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate192.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate192.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate192.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate192.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate192.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate192.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate192.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate192.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403ApplicationJson = validate193;
const schema79 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse403ApplicationJson"};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate193.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403TextHtml = validate195;
const schema80 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse403TextHtml"};

function validate195(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate195.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate195.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse413Headers = validate196;
const schema81 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:authorizeFormResponse413Headers"};

function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate196.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate196.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate196.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate196.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate196.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse413ApplicationJson = validate197;
const schema82 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse413ApplicationJson"};

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate197.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500Headers = validate199;
const schema83 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:authorizeFormResponse500Headers"};

function validate199(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate199.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate199.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate199.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate199.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate199.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500ApplicationJson = validate200;
const schema84 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse500ApplicationJson"};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate200.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500TextHtml = validate202;
const schema85 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse500TextHtml"};

function validate202(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate202.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate202.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse503Headers = validate203;
const schema86 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:authorizeFormResponse503Headers"};

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate203.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate203.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate203.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate203.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate203.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate203.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate203.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse503ApplicationJson = validate204;
const schema87 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse503ApplicationJson"};

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate204.errors = vErrors;
return errors === 0;
}

export const tokenBody = validate206;
const schema88 = {"$ref":"urn:oauth2-contract:schema:TokenRequest","$id":"urn:oauth2-contract:tokenBody"};

function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenBody" */;
let vErrors = null;
let errors = 0;
if(!(validate119(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate119.errors : vErrors.concat(validate119.errors);
errors = vErrors.length;
}
validate206.errors = vErrors;
return errors === 0;
}

export const tokenResponse200Headers = validate208;
const schema89 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma"],"$id":"urn:oauth2-contract:tokenResponse200Headers"};

function validate208(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))){
validate208.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate208.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate208.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data1 = data.pragma;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate208.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data1){
validate208.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate208.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate208.errors = vErrors;
return errors === 0;
}

export const tokenResponse200ApplicationJson = validate209;
const schema90 = {"$ref":"urn:oauth2-contract:schema:TokenResponse","$id":"urn:oauth2-contract:tokenResponse200ApplicationJson"};

function validate209(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate125(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate125.errors : vErrors.concat(validate125.errors);
errors = vErrors.length;
}
validate209.errors = vErrors;
return errors === 0;
}

export const tokenResponse400Headers = validate211;
const schema91 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma"],"$id":"urn:oauth2-contract:tokenResponse400Headers"};

function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))){
validate211.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate211.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate211.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data1 = data.pragma;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate211.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data1){
validate211.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate211.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate211.errors = vErrors;
return errors === 0;
}

export const tokenResponse400ApplicationJson = validate212;
const schema92 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse400ApplicationJson"};

function validate212(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate212.errors = vErrors;
return errors === 0;
}

export const tokenResponse401Headers = validate214;
const schema93 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Basic realm=\"[^\"]*\"$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma","www-authenticate"],"$id":"urn:oauth2-contract:tokenResponse401Headers"};
const pattern49 = new RegExp("^Basic realm=\"[^\"]*\"$", "u");

function validate214(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))) || ((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate"))){
validate214.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern49.test(data0)){
validate214.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Basic realm=\"[^\"]*\"$"},message:"must match pattern \""+"^Basic realm=\"[^\"]*\"$"+"\""}];
return false;
}
}
else {
validate214.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate214.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate214.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data2 = data.pragma;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate214.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data2){
validate214.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate214.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate214.errors = vErrors;
return errors === 0;
}

export const tokenResponse401ApplicationJson = validate215;
const schema94 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse401ApplicationJson"};

function validate215(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate215.errors = vErrors;
return errors === 0;
}

export const tokenResponse413Headers = validate217;
const schema95 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:tokenResponse413Headers"};

function validate217(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate217.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate217.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate217.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate217.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate217.errors = vErrors;
return errors === 0;
}

export const tokenResponse413ApplicationJson = validate218;
const schema96 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse413ApplicationJson"};

function validate218(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate218.errors = vErrors;
return errors === 0;
}

export const tokenResponse500Headers = validate220;
const schema97 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:tokenResponse500Headers"};

function validate220(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate220.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate220.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate220.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate220.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate220.errors = vErrors;
return errors === 0;
}

export const tokenResponse500ApplicationJson = validate221;
const schema98 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse500ApplicationJson"};

function validate221(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate221.errors = vErrors;
return errors === 0;
}

export const tokenResponse503Headers = validate223;
const schema99 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:tokenResponse503Headers"};

function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate223.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate223.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate223.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate223.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate223.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate223.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate223.errors = vErrors;
return errors === 0;
}

export const tokenResponse503ApplicationJson = validate224;
const schema100 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse503ApplicationJson"};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate224.errors = vErrors;
return errors === 0;
}

export const getMeQuery = validate226;
const schema101 = {"type":"object","properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"}},"required":[],"$id":"urn:oauth2-contract:getMeQuery"};

function validate226(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.access_token !== undefined){
if(!(validate21(data.access_token, {instancePath:instancePath+"/access_token",parentData:data,parentDataProperty:"access_token",rootData}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
validate226.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate226.errors = vErrors;
return errors === 0;
}

export const getMeResponse200Headers = validate228;
const schema102 = {"type":"object","properties":{"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:getMeResponse200Headers"};

function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs1 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate228.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate228.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate228.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate228.errors = vErrors;
return errors === 0;
}

export const getMeResponse200ApplicationJson = validate229;
const schema103 = {"$ref":"urn:oauth2-contract:schema:MeResponse","$id":"urn:oauth2-contract:getMeResponse200ApplicationJson"};

function validate229(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
validate229.errors = vErrors;
return errors === 0;
}

export const getMeResponse400Headers = validate231;
const schema104 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse400Headers"};

function validate231(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate231.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate231.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate231.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate231.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate231.errors = vErrors;
return errors === 0;
}

export const getMeResponse400ApplicationJson = validate232;
const schema105 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse400ApplicationJson"};

function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate232.errors = vErrors;
return errors === 0;
}

export const getMeResponse401Headers = validate234;
const schema106 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse401Headers"};

function validate234(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate234.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate234.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate234.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate234.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate234.errors = vErrors;
return errors === 0;
}

export const getMeResponse401ApplicationJson = validate235;
const schema107 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse401ApplicationJson"};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate235.errors = vErrors;
return errors === 0;
}

export const getMeResponse403Headers = validate237;
const schema108 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse403Headers"};

function validate237(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate237.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate237.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate237.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate237.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs5 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate237.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate237.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate237.errors = vErrors;
return errors === 0;
}

export const getMeResponse403ApplicationJson = validate238;
const schema109 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse403ApplicationJson"};

function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate238.errors = vErrors;
return errors === 0;
}

export const getMeResponse500Headers = validate240;
const schema110 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:getMeResponse500Headers"};

function validate240(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate240.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate240.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate240.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate240.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate240.errors = vErrors;
return errors === 0;
}

export const getMeResponse500ApplicationJson = validate241;
const schema111 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse500ApplicationJson"};

function validate241(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate241.errors = vErrors;
return errors === 0;
}

export const getMeResponse503Headers = validate243;
const schema112 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:getMeResponse503Headers"};

function validate243(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate243.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate243.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate243.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate243.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate243.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate243.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate243.errors = vErrors;
return errors === 0;
}

export const getMeResponse503ApplicationJson = validate244;
const schema113 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse503ApplicationJson"};

function validate244(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate244.errors = vErrors;
return errors === 0;
}

export const postMeBody = validate246;
const schema114 = {"$ref":"urn:oauth2-contract:schema:BearerFormBody","$id":"urn:oauth2-contract:postMeBody"};

function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeBody" */;
let vErrors = null;
let errors = 0;
if(!(validate67(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
validate246.errors = vErrors;
return errors === 0;
}

export const postMeResponse200Headers = validate248;
const schema115 = {"type":"object","properties":{"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse200Headers"};

function validate248(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs1 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate248.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate248.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate248.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate248.errors = vErrors;
return errors === 0;
}

export const postMeResponse200ApplicationJson = validate249;
const schema116 = {"$ref":"urn:oauth2-contract:schema:MeResponse","$id":"urn:oauth2-contract:postMeResponse200ApplicationJson"};

function validate249(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
validate249.errors = vErrors;
return errors === 0;
}

export const postMeResponse400Headers = validate251;
const schema117 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse400Headers"};

function validate251(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate251.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate251.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate251.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate251.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate251.errors = vErrors;
return errors === 0;
}

export const postMeResponse400ApplicationJson = validate252;
const schema118 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse400ApplicationJson"};

function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate252.errors = vErrors;
return errors === 0;
}

export const postMeResponse401Headers = validate254;
const schema119 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse401Headers"};

function validate254(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate254.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate254.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate254.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate254.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate254.errors = vErrors;
return errors === 0;
}

export const postMeResponse401ApplicationJson = validate255;
const schema120 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse401ApplicationJson"};

function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate255.errors = vErrors;
return errors === 0;
}

export const postMeResponse403Headers = validate257;
const schema121 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse403Headers"};

function validate257(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate257.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate257.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, error=\"[a-z_]+\"(, error_description=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?(, scope=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")?)?$"+"\""}];
return false;
}
}
else {
validate257.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs3 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate257.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-oauth-scopes"] !== undefined){
const _errs5 = errors;
if(typeof data["x-oauth-scopes"] !== "string"){
validate257.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate257.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate257.errors = vErrors;
return errors === 0;
}

export const postMeResponse403ApplicationJson = validate258;
const schema122 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse403ApplicationJson"};

function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate258.errors = vErrors;
return errors === 0;
}

export const postMeResponse413Headers = validate260;
const schema123 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:postMeResponse413Headers"};

function validate260(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate260.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate260.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate260.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate260.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate260.errors = vErrors;
return errors === 0;
}

export const postMeResponse413ApplicationJson = validate261;
const schema124 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse413ApplicationJson"};

function validate261(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate261.errors = vErrors;
return errors === 0;
}

export const postMeResponse500Headers = validate263;
const schema125 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:postMeResponse500Headers"};

function validate263(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate263.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate263.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate263.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate263.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate263.errors = vErrors;
return errors === 0;
}

export const postMeResponse500ApplicationJson = validate264;
const schema126 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse500ApplicationJson"};

function validate264(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate264.errors = vErrors;
return errors === 0;
}

export const postMeResponse503Headers = validate266;
const schema127 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:postMeResponse503Headers"};

function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate266.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate266.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate266.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate266.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate266.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate266.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate266.errors = vErrors;
return errors === 0;
}

export const postMeResponse503ApplicationJson = validate267;
const schema128 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse503ApplicationJson"};

function validate267(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate267.errors = vErrors;
return errors === 0;
}

export const revokeBody = validate269;
const schema129 = {"$ref":"urn:oauth2-contract:schema:RevocationRequest","$id":"urn:oauth2-contract:revokeBody"};

function validate269(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeBody" */;
let vErrors = null;
let errors = 0;
if(!(validate115(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
errors = vErrors.length;
}
validate269.errors = vErrors;
return errors === 0;
}

export const revokeResponse200Headers = validate271;
const schema130 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:revokeResponse200Headers"};

function validate271(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate271.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate271.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate271.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate271.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate271.errors = vErrors;
return errors === 0;
}

export const revokeResponse400Headers = validate272;
const schema131 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma"],"$id":"urn:oauth2-contract:revokeResponse400Headers"};

function validate272(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))){
validate272.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate272.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate272.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data1 = data.pragma;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate272.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data1){
validate272.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate272.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate272.errors = vErrors;
return errors === 0;
}

export const revokeResponse400ApplicationJson = validate273;
const schema132 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse400ApplicationJson"};

function validate273(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate273.errors = vErrors;
return errors === 0;
}

export const revokeResponse401Headers = validate275;
const schema133 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Basic realm=\"[^\"]*\"$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma","www-authenticate"],"$id":"urn:oauth2-contract:revokeResponse401Headers"};

function validate275(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))) || ((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate"))){
validate275.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern49.test(data0)){
validate275.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Basic realm=\"[^\"]*\"$"},message:"must match pattern \""+"^Basic realm=\"[^\"]*\"$"+"\""}];
return false;
}
}
else {
validate275.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate275.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate275.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data2 = data.pragma;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate275.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data2){
validate275.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate275.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate275.errors = vErrors;
return errors === 0;
}

export const revokeResponse401ApplicationJson = validate276;
const schema134 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse401ApplicationJson"};

function validate276(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate276.errors = vErrors;
return errors === 0;
}

export const revokeResponse413Headers = validate278;
const schema135 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:revokeResponse413Headers"};

function validate278(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate278.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate278.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate278.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate278.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate278.errors = vErrors;
return errors === 0;
}

export const revokeResponse413ApplicationJson = validate279;
const schema136 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse413ApplicationJson"};

function validate279(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate279.errors = vErrors;
return errors === 0;
}

export const revokeResponse500Headers = validate281;
const schema137 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:revokeResponse500Headers"};

function validate281(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate281.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate281.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate281.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate281.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate281.errors = vErrors;
return errors === 0;
}

export const revokeResponse500ApplicationJson = validate282;
const schema138 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse500ApplicationJson"};

function validate282(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate282.errors = vErrors;
return errors === 0;
}

export const revokeResponse503Headers = validate284;
const schema139 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:revokeResponse503Headers"};

function validate284(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate284.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate284.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate284.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate284.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate284.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate284.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate284.errors = vErrors;
return errors === 0;
}

export const revokeResponse503ApplicationJson = validate285;
const schema140 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse503ApplicationJson"};

function validate285(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate285.errors = vErrors;
return errors === 0;
}

export const introspectBody = validate287;
const schema141 = {"$ref":"urn:oauth2-contract:schema:IntrospectionRequest","$id":"urn:oauth2-contract:introspectBody"};

function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectBody" */;
let vErrors = null;
let errors = 0;
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
errors = vErrors.length;
}
validate287.errors = vErrors;
return errors === 0;
}

export const introspectResponse200Headers = validate289;
const schema142 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:introspectResponse200Headers"};

function validate289(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate289.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate289.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate289.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate289.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate289.errors = vErrors;
return errors === 0;
}

export const introspectResponse200ApplicationJson = validate290;
const schema143 = {"$ref":"urn:oauth2-contract:schema:IntrospectionResponse","$id":"urn:oauth2-contract:introspectResponse200ApplicationJson"};

function validate290(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate290.errors = vErrors;
return errors === 0;
}

export const introspectResponse400Headers = validate292;
const schema144 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma"],"$id":"urn:oauth2-contract:introspectResponse400Headers"};

function validate292(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))){
validate292.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate292.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate292.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data1 = data.pragma;
const _errs3 = errors;
if(typeof data1 !== "string"){
validate292.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data1){
validate292.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate292.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate292.errors = vErrors;
return errors === 0;
}

export const introspectResponse400ApplicationJson = validate293;
const schema145 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse400ApplicationJson"};

function validate293(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate293.errors = vErrors;
return errors === 0;
}

export const introspectResponse401Headers = validate295;
const schema146 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Basic realm=\"[^\"]*\"$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control","pragma","www-authenticate"],"$id":"urn:oauth2-contract:introspectResponse401Headers"};

function validate295(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.pragma === undefined) && (missing0 = "pragma"))) || ((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate"))){
validate295.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern49.test(data0)){
validate295.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Basic realm=\"[^\"]*\"$"},message:"must match pattern \""+"^Basic realm=\"[^\"]*\"$"+"\""}];
return false;
}
}
else {
validate295.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate295.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate295.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
let data2 = data.pragma;
const _errs5 = errors;
if(typeof data2 !== "string"){
validate295.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data2){
validate295.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate295.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate295.errors = vErrors;
return errors === 0;
}

export const introspectResponse401ApplicationJson = validate296;
const schema147 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse401ApplicationJson"};

function validate296(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate296.errors = vErrors;
return errors === 0;
}

export const introspectResponse413Headers = validate298;
const schema148 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:introspectResponse413Headers"};

function validate298(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate298.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate298.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate298.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate298.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate298.errors = vErrors;
return errors === 0;
}

export const introspectResponse413ApplicationJson = validate299;
const schema149 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse413ApplicationJson"};

function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate299.errors = vErrors;
return errors === 0;
}

export const introspectResponse500Headers = validate301;
const schema150 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:introspectResponse500Headers"};

function validate301(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate301.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate301.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate301.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate301.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate301.errors = vErrors;
return errors === 0;
}

export const introspectResponse500ApplicationJson = validate302;
const schema151 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse500ApplicationJson"};

function validate302(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate302.errors = vErrors;
return errors === 0;
}

export const introspectResponse503Headers = validate304;
const schema152 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:introspectResponse503Headers"};

function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate304.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate304.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate304.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate304.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate304.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate304.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate304.errors = vErrors;
return errors === 0;
}

export const introspectResponse503ApplicationJson = validate305;
const schema153 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse503ApplicationJson"};

function validate305(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate305.errors = vErrors;
return errors === 0;
}

export const loginBody = validate307;
const schema154 = {"$ref":"urn:oauth2-contract:schema:LoginForm","$id":"urn:oauth2-contract:loginBody"};

function validate307(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginBody" */;
let vErrors = null;
let errors = 0;
if(!(validate92(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate92.errors : vErrors.concat(validate92.errors);
errors = vErrors.length;
}
validate307.errors = vErrors;
return errors === 0;
}

export const loginResponse200Headers = validate309;
const schema155 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:loginResponse200Headers"};

function validate309(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate309.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate309.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate309.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate309.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate309.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate309.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate309.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate309.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate309.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate309.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate309.errors = vErrors;
return errors === 0;
}

export const loginResponse200TextHtml = validate310;
const schema156 = {"type":"string","$id":"urn:oauth2-contract:loginResponse200TextHtml"};

function validate310(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate310.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate310.errors = vErrors;
return errors === 0;
}

export const loginResponse303Headers = validate311;
const schema157 = {"type":"object","properties":{"location":{"type":"string","pattern":"^/authorize\\?"},"set-cookie":{"type":"string"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","location","set-cookie"],"$id":"urn:oauth2-contract:loginResponse303Headers"};

function validate311(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.location === undefined) && (missing0 = "location"))) || ((data["set-cookie"] === undefined) && (missing0 = "set-cookie"))){
validate311.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
validate311.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^/authorize\\?"},message:"must match pattern \""+"^/authorize\\?"+"\""}];
return false;
}
}
else {
validate311.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["set-cookie"] !== undefined){
const _errs3 = errors;
if(typeof data["set-cookie"] !== "string"){
validate311.errors = [{instancePath:instancePath+"/set-cookie",schemaPath:"#/properties/set-cookie/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data2 = data["cache-control"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern22.test(data2)){
validate311.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate311.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
else {
validate311.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate311.errors = vErrors;
return errors === 0;
}

export const loginResponse403Headers = validate312;
const schema158 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:loginResponse403Headers"};

function validate312(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate312.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate312.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate312.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate312.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate312.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate312.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate312.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate312.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate312.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate312.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate312.errors = vErrors;
return errors === 0;
}

export const loginResponse403ApplicationJson = validate313;
const schema159 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:loginResponse403ApplicationJson"};

function validate313(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate313.errors = vErrors;
return errors === 0;
}

export const loginResponse403TextHtml = validate315;
const schema160 = {"type":"string","$id":"urn:oauth2-contract:loginResponse403TextHtml"};

function validate315(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate315.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate315.errors = vErrors;
return errors === 0;
}

export const loginResponse413Headers = validate316;
const schema161 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:loginResponse413Headers"};

function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate316.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate316.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate316.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate316.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate316.errors = vErrors;
return errors === 0;
}

export const loginResponse413ApplicationJson = validate317;
const schema162 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:loginResponse413ApplicationJson"};

function validate317(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate317.errors = vErrors;
return errors === 0;
}

export const demoCallbackQuery = validate319;
const schema163 = {"type":"object","properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"error":{"type":"string","maxLength":64}},"required":[],"$id":"urn:oauth2-contract:demoCallbackQuery"};

function validate319(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.code !== undefined){
const _errs1 = errors;
if(!(validate23(data.code, {instancePath:instancePath+"/code",parentData:data,parentDataProperty:"code",rootData}))){
vErrors = vErrors === null ? validate23.errors : vErrors.concat(validate23.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.error !== undefined){
let data1 = data.error;
const _errs2 = errors;
if(errors === _errs2){
if(typeof data1 === "string"){
if(func2(data1) > 64){
validate319.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate319.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
}
}
else {
validate319.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate319.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse200Headers = validate321;
const schema164 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:demoCallbackResponse200Headers"};

function validate321(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate321.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate321.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate321.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["x-frame-options"] !== undefined){
let data1 = data["x-frame-options"];
const _errs3 = errors;
if(typeof data1 !== "string"){
validate321.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate321.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["content-security-policy"] !== undefined){
let data2 = data["content-security-policy"];
const _errs5 = errors;
if(errors === _errs5){
if(typeof data2 === "string"){
if(!pattern23.test(data2)){
validate321.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate321.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs5 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["referrer-policy"] !== undefined){
let data3 = data["referrer-policy"];
const _errs7 = errors;
if(typeof data3 !== "string"){
validate321.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate321.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
return false;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
}
}
}
}
}
else {
validate321.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate321.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse200TextHtml = validate322;
const schema165 = {"type":"string","$id":"urn:oauth2-contract:demoCallbackResponse200TextHtml"};

function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate322.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate322.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse400Headers = validate323;
const schema166 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:demoCallbackResponse400Headers"};

function validate323(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate323.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate323.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse400TextHtml = validate324;
const schema167 = {"type":"string","$id":"urn:oauth2-contract:demoCallbackResponse400TextHtml"};

function validate324(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate324.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate324.errors = vErrors;
return errors === 0;
}

export const healthResponse200Headers = validate325;
const schema168 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:healthResponse200Headers"};

function validate325(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate325.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate325.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate325.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate325.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate325.errors = vErrors;
return errors === 0;
}

export const healthResponse200ApplicationJson = validate326;
const schema169 = {"$ref":"urn:oauth2-contract:schema:Health","$id":"urn:oauth2-contract:healthResponse200ApplicationJson"};

function validate326(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
validate326.errors = vErrors;
return errors === 0;
}

export const healthResponse503Headers = validate328;
const schema170 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:healthResponse503Headers"};

function validate328(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate328.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern31.test(data0)){
validate328.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate328.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data["cache-control"] !== undefined){
let data1 = data["cache-control"];
const _errs3 = errors;
if(errors === _errs3){
if(typeof data1 === "string"){
if(!pattern22.test(data1)){
validate328.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate328.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
}
}
}
else {
validate328.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate328.errors = vErrors;
return errors === 0;
}

export const healthResponse503ApplicationJson = validate329;
const schema171 = {"$ref":"urn:oauth2-contract:schema:Health","$id":"urn:oauth2-contract:healthResponse503ApplicationJson"};

function validate329(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
errors = vErrors.length;
}
validate329.errors = vErrors;
return errors === 0;
}

export const openapiResponse200Headers = validate331;
const schema172 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:openapiResponse200Headers"};

function validate331(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate331.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate331.errors = vErrors;
return errors === 0;
}

export const openapiResponse200ApplicationJson = validate332;
const schema173 = {"type":"object","$id":"urn:oauth2-contract:openapiResponse200ApplicationJson"};

function validate332(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate332.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
validate332.errors = vErrors;
return errors === 0;
}

export const openapiResponse404Headers = validate333;
const schema174 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:openapiResponse404Headers"};

function validate333(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate333.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate333.errors = vErrors;
return errors === 0;
}

export const openapiResponse404TextPlain = validate334;
const schema175 = {"type":"string","$id":"urn:oauth2-contract:openapiResponse404TextPlain"};

function validate334(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate334.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate334.errors = vErrors;
return errors === 0;
}

export const docsResponse200Headers = validate335;
const schema176 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:docsResponse200Headers"};

function validate335(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate335.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate335.errors = vErrors;
return errors === 0;
}

export const docsResponse200TextHtml = validate336;
const schema177 = {"type":"string","$id":"urn:oauth2-contract:docsResponse200TextHtml"};

function validate336(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate336.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate336.errors = vErrors;
return errors === 0;
}

export const docsResponse404Headers = validate337;
const schema178 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:docsResponse404Headers"};

function validate337(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate337.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate337.errors = vErrors;
return errors === 0;
}

export const docsResponse404TextPlain = validate338;
const schema179 = {"type":"string","$id":"urn:oauth2-contract:docsResponse404TextPlain"};

function validate338(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate338.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate338.errors = vErrors;
return errors === 0;
}

export const metadataResponse200Headers = validate339;
const schema180 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:metadataResponse200Headers"};

function validate339(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate339.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate339.errors = vErrors;
return errors === 0;
}

export const metadataResponse200ApplicationJson = validate340;
const schema181 = {"$ref":"urn:oauth2-contract:schema:AuthorizationServerMetadata","$id":"urn:oauth2-contract:metadataResponse200ApplicationJson"};

function validate340(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate60(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate60.errors : vErrors.concat(validate60.errors);
errors = vErrors.length;
}
validate340.errors = vErrors;
return errors === 0;
}

export const metadataResponse404Headers = validate342;
const schema182 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:metadataResponse404Headers"};

function validate342(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate342.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate342.errors = vErrors;
return errors === 0;
}

export const metadataResponse404TextPlain = validate343;
const schema183 = {"type":"string","$id":"urn:oauth2-contract:metadataResponse404TextPlain"};

function validate343(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate343.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate343.errors = vErrors;
return errors === 0;
}

export const metadataResponse500Headers = validate344;
const schema184 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:metadataResponse500Headers"};

function validate344(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate344.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate344.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate344.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate344.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate344.errors = vErrors;
return errors === 0;
}

export const metadataResponse500ApplicationJson = validate345;
const schema185 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:metadataResponse500ApplicationJson"};

function validate345(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate101(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate101.errors : vErrors.concat(validate101.errors);
errors = vErrors.length;
}
validate345.errors = vErrors;
return errors === 0;
}

export const operations = {
  authorize: {
    method: "GET",
    path: "/authorize",
    responses: {
      "200": {
        headers: authorizeResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": authorizeResponse200TextHtml,
        },
        emptyBody: false,
      },
      "302": {
        headers: authorizeResponse302Headers,
        headerNames: ["cache-control", "location"],
        requiredHeaders: ["cache-control", "location"],
        content: {},
        emptyBody: true,
        redirect: {
          success: authorizeResponse302RedirectSuccess,
          error: authorizeResponse302RedirectError,
          implicit: authorizeResponse302RedirectImplicit,
        },
      },
      "400": {
        headers: authorizeResponse400Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": authorizeResponse400ApplicationJson,
          "text/html": authorizeResponse400TextHtml,
        },
        emptyBody: false,
      },
      "401": {
        headers: authorizeResponse401Headers,
        headerNames: ["cache-control", "www-authenticate"],
        requiredHeaders: ["cache-control", "www-authenticate"],
        content: {
          "application/json": authorizeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "500": {
        headers: authorizeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": authorizeResponse500ApplicationJson,
          "text/html": authorizeResponse500TextHtml,
        },
        emptyBody: false,
      },
      "503": {
        headers: authorizeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": authorizeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: authorizeQuery,
      meta: {
        keys: ["client_id", "code_challenge", "code_challenge_method", "redirect_uri", "response_type", "scope", "state"],
        arrays: [],
        errorCodes: {
          scope: "invalid_scope",
        },
      },
    },
  },
  authorizeForm: {
    method: "POST",
    path: "/authorize",
    responses: {
      "200": {
        headers: authorizeFormResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": authorizeFormResponse200TextHtml,
        },
        emptyBody: false,
      },
      "303": {
        headers: authorizeFormResponse303Headers,
        headerNames: ["cache-control", "location"],
        requiredHeaders: ["cache-control", "location"],
        content: {},
        emptyBody: true,
        redirect: {
          success: authorizeFormResponse303RedirectSuccess,
          error: authorizeFormResponse303RedirectError,
          implicit: authorizeFormResponse303RedirectImplicit,
        },
      },
      "400": {
        headers: authorizeFormResponse400Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": authorizeFormResponse400ApplicationJson,
          "text/html": authorizeFormResponse400TextHtml,
        },
        emptyBody: false,
      },
      "401": {
        headers: authorizeFormResponse401Headers,
        headerNames: ["cache-control", "www-authenticate"],
        requiredHeaders: ["cache-control", "www-authenticate"],
        content: {
          "application/json": authorizeFormResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "403": {
        headers: authorizeFormResponse403Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "application/json": authorizeFormResponse403ApplicationJson,
          "text/html": authorizeFormResponse403TextHtml,
        },
        emptyBody: false,
      },
      "413": {
        headers: authorizeFormResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": authorizeFormResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: authorizeFormResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": authorizeFormResponse500ApplicationJson,
          "text/html": authorizeFormResponse500TextHtml,
        },
        emptyBody: false,
      },
      "503": {
        headers: authorizeFormResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": authorizeFormResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: authorizeFormBody,
      meta: {
        keys: ["allowed", "client_id", "code_challenge", "code_challenge_method", "csrf_token", "redirect_uri", "response_type", "scope", "state"],
        arrays: [],
        errorCodes: {
          scope: "invalid_scope",
        },
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  token: {
    method: "POST",
    path: "/token",
    responses: {
      "200": {
        headers: tokenResponse200Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: ["cache-control", "pragma"],
        content: {
          "application/json": tokenResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: tokenResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: ["cache-control", "pragma"],
        content: {
          "application/json": tokenResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: tokenResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["cache-control", "pragma", "www-authenticate"],
        content: {
          "application/json": tokenResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: tokenResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": tokenResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: tokenResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": tokenResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: tokenResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": tokenResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: tokenBody,
      meta: {
        keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "password", "redirect_uri", "refresh_token", "scope", "username"],
        arrays: [],
        errorCodes: {
          scope: "invalid_scope",
        },
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  getMe: {
    method: "GET",
    path: "/me",
    responses: {
      "200": {
        headers: getMeResponse200Headers,
        headerNames: ["x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: [],
        content: {
          "application/json": getMeResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: getMeResponse400Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": getMeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: getMeResponse401Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": getMeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "403": {
        headers: getMeResponse403Headers,
        headerNames: ["www-authenticate", "x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": getMeResponse403ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: getMeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": getMeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: getMeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": getMeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: getMeQuery,
      meta: {
        keys: ["access_token"],
        arrays: [],
        errorCodes: {},
      },
    },
  },
  postMe: {
    method: "POST",
    path: "/me",
    responses: {
      "200": {
        headers: postMeResponse200Headers,
        headerNames: ["x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: [],
        content: {
          "application/json": postMeResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: postMeResponse400Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": postMeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: postMeResponse401Headers,
        headerNames: ["www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": postMeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "403": {
        headers: postMeResponse403Headers,
        headerNames: ["www-authenticate", "x-accepted-oauth-scopes", "x-oauth-scopes"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": postMeResponse403ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: postMeResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": postMeResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: postMeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": postMeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: postMeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": postMeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: postMeBody,
      meta: {
        keys: ["access_token"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  revoke: {
    method: "POST",
    path: "/revoke",
    responses: {
      "200": {
        headers: revokeResponse200Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {},
        emptyBody: true,
      },
      "400": {
        headers: revokeResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: ["cache-control", "pragma"],
        content: {
          "application/json": revokeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: revokeResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["cache-control", "pragma", "www-authenticate"],
        content: {
          "application/json": revokeResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: revokeResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": revokeResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: revokeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": revokeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: revokeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": revokeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: revokeBody,
      meta: {
        keys: ["client_id", "client_secret", "token", "token_type_hint"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  introspect: {
    method: "POST",
    path: "/introspect",
    responses: {
      "200": {
        headers: introspectResponse200Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": introspectResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: introspectResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: ["cache-control", "pragma"],
        content: {
          "application/json": introspectResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: introspectResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["cache-control", "pragma", "www-authenticate"],
        content: {
          "application/json": introspectResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: introspectResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": introspectResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: introspectResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": introspectResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: introspectResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": introspectResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: introspectBody,
      meta: {
        keys: ["client_id", "client_secret", "token", "token_type_hint"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  login: {
    method: "POST",
    path: "/login",
    responses: {
      "200": {
        headers: loginResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": loginResponse200TextHtml,
        },
        emptyBody: false,
      },
      "303": {
        headers: loginResponse303Headers,
        headerNames: ["cache-control", "location", "set-cookie"],
        requiredHeaders: ["cache-control", "location", "set-cookie"],
        content: {},
        emptyBody: true,
      },
      "403": {
        headers: loginResponse403Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "application/json": loginResponse403ApplicationJson,
          "text/html": loginResponse403TextHtml,
        },
        emptyBody: false,
      },
      "413": {
        headers: loginResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": loginResponse413ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: loginBody,
      meta: {
        keys: ["csrf_token", "password", "return_to", "username"],
        arrays: [],
        errorCodes: {},
      },
      mediaType: "application/x-www-form-urlencoded",
    },
  },
  demoCallback: {
    method: "GET",
    path: "/callback",
    responses: {
      "200": {
        headers: demoCallbackResponse200Headers,
        headerNames: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        requiredHeaders: ["cache-control", "content-security-policy", "referrer-policy", "x-frame-options"],
        content: {
          "text/html": demoCallbackResponse200TextHtml,
        },
        emptyBody: false,
      },
      "400": {
        headers: demoCallbackResponse400Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/html": demoCallbackResponse400TextHtml,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: demoCallbackQuery,
      meta: {
        keys: ["code", "error"],
        arrays: [],
        errorCodes: {},
      },
    },
  },
  health: {
    method: "GET",
    path: "/health",
    responses: {
      "200": {
        headers: healthResponse200Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": healthResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: healthResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["cache-control", "retry-after"],
        content: {
          "application/json": healthResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
  },
  openapi: {
    method: "GET",
    path: "/openapi.json",
    responses: {
      "200": {
        headers: openapiResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "application/json": openapiResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "404": {
        headers: openapiResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": openapiResponse404TextPlain,
        },
        emptyBody: false,
      },
    },
  },
  docs: {
    method: "GET",
    path: "/docs",
    responses: {
      "200": {
        headers: docsResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/html": docsResponse200TextHtml,
        },
        emptyBody: false,
      },
      "404": {
        headers: docsResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": docsResponse404TextPlain,
        },
        emptyBody: false,
      },
    },
  },
  metadata: {
    method: "GET",
    path: "/.well-known/oauth-authorization-server",
    responses: {
      "200": {
        headers: metadataResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "application/json": metadataResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "404": {
        headers: metadataResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": metadataResponse404TextPlain,
        },
        emptyBody: false,
      },
      "500": {
        headers: metadataResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": metadataResponse500ApplicationJson,
        },
        emptyBody: false,
      },
    },
  },
};

export const schemas = {
  AccessToken: {
    validator: schemaAccessToken,
  },
  AllowedDecision: {
    validator: schemaAllowedDecision,
  },
  AuthorizationCode: {
    validator: schemaAuthorizationCode,
  },
  AuthorizationCodeTokenRequest: {
    validator: schemaAuthorizationCodeTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "redirect_uri"],
      arrays: [],
      errorCodes: {},
    },
  },
  AuthorizationErrorRedirect: {
    validator: schemaAuthorizationErrorRedirect,
    meta: {
      keys: ["error", "error_description", "error_uri", "iss", "state"],
      arrays: [],
      errorCodes: {},
    },
  },
  AuthorizationRequest: {
    validator: schemaAuthorizationRequest,
    meta: {
      keys: ["allowed", "client_id", "code_challenge", "code_challenge_method", "csrf_token", "redirect_uri", "response_type", "scope", "state"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  AuthorizationServerMetadata: {
    validator: schemaAuthorizationServerMetadata,
    meta: {
      keys: ["authorization_endpoint", "authorization_response_iss_parameter_supported", "code_challenge_methods_supported", "grant_types_supported", "introspection_endpoint", "introspection_endpoint_auth_methods_supported", "issuer", "response_modes_supported", "response_types_supported", "revocation_endpoint", "revocation_endpoint_auth_methods_supported", "scopes_supported", "service_documentation", "token_endpoint", "token_endpoint_auth_methods_supported"],
      arrays: ["code_challenge_methods_supported", "grant_types_supported", "introspection_endpoint_auth_methods_supported", "response_modes_supported", "response_types_supported", "revocation_endpoint_auth_methods_supported", "scopes_supported", "token_endpoint_auth_methods_supported"],
      errorCodes: {},
    },
  },
  AuthorizationSuccessRedirect: {
    validator: schemaAuthorizationSuccessRedirect,
    meta: {
      keys: ["code", "iss", "state"],
      arrays: [],
      errorCodes: {},
    },
  },
  BearerFormBody: {
    validator: schemaBearerFormBody,
    meta: {
      keys: ["access_token"],
      arrays: [],
      errorCodes: {},
    },
  },
  ClientCredentialsInBody: {
    validator: schemaClientCredentialsInBody,
    meta: {
      keys: ["client_id", "client_secret"],
      arrays: [],
      errorCodes: {},
    },
  },
  ClientCredentialsTokenRequest: {
    validator: schemaClientCredentialsTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "scope"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  ClientId: {
    validator: schemaClientId,
  },
  ClientSecret: {
    validator: schemaClientSecret,
  },
  CodeChallenge: {
    validator: schemaCodeChallenge,
  },
  CodeChallengeMethod: {
    validator: schemaCodeChallengeMethod,
  },
  CodeVerifier: {
    validator: schemaCodeVerifier,
  },
  CsrfToken: {
    validator: schemaCsrfToken,
  },
  ErrorCode: {
    validator: schemaErrorCode,
  },
  ErrorDescription: {
    validator: schemaErrorDescription,
  },
  ErrorUri: {
    validator: schemaErrorUri,
  },
  ExtensionGrantTokenRequest: {
    validator: schemaExtensionGrantTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "scope"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  ExtensionGrantType: {
    validator: schemaExtensionGrantType,
  },
  Health: {
    validator: schemaHealth,
    meta: {
      keys: ["status"],
      arrays: [],
      errorCodes: {},
    },
  },
  ImplicitSuccessRedirect: {
    validator: schemaImplicitSuccessRedirect,
    meta: {
      keys: ["access_token", "expires_in", "scope", "state", "token_type"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  IntrospectionRequest: {
    validator: schemaIntrospectionRequest,
    meta: {
      keys: ["client_id", "client_secret", "token", "token_type_hint"],
      arrays: [],
      errorCodes: {},
    },
  },
  IntrospectionResponse: {
    validator: schemaIntrospectionResponse,
    meta: {
      keys: ["active", "aud", "client_id", "exp", "iat", "iss", "jti", "nbf", "scope", "sub", "token_type", "username"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  Issuer: {
    validator: schemaIssuer,
  },
  LoginForm: {
    validator: schemaLoginForm,
    meta: {
      keys: ["csrf_token", "password", "return_to", "username"],
      arrays: [],
      errorCodes: {},
    },
  },
  MeResponse: {
    validator: schemaMeResponse,
    meta: {
      keys: ["client_id", "scope", "sub", "username"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  OAuthError: {
    validator: schemaOAuthError,
    meta: {
      keys: ["error", "error_description", "error_uri"],
      arrays: [],
      errorCodes: {},
    },
  },
  Password: {
    validator: schemaPassword,
  },
  PasswordTokenRequest: {
    validator: schemaPasswordTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "password", "scope", "username"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  RedirectUri: {
    validator: schemaRedirectUri,
  },
  RefreshToken: {
    validator: schemaRefreshToken,
  },
  RefreshTokenRequest: {
    validator: schemaRefreshTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "grant_type", "refresh_token", "scope"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  ResponseType: {
    validator: schemaResponseType,
  },
  RevocationRequest: {
    validator: schemaRevocationRequest,
    meta: {
      keys: ["client_id", "client_secret", "token", "token_type_hint"],
      arrays: [],
      errorCodes: {},
    },
  },
  Scope: {
    validator: schemaScope,
  },
  State: {
    validator: schemaState,
  },
  TokenRequest: {
    validator: schemaTokenRequest,
    meta: {
      keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "password", "redirect_uri", "refresh_token", "scope", "username"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  TokenResponse: {
    validator: schemaTokenResponse,
    meta: {
      keys: ["access_token", "expires_in", "refresh_token", "scope", "token_type"],
      arrays: [],
      errorCodes: {
        scope: "invalid_scope",
      },
    },
  },
  TokenTypeHint: {
    validator: schemaTokenTypeHint,
  },
  Username: {
    validator: schemaUsername,
  },
};
