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
const schema9 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","code"],"properties":{"grant_type":{"type":"string","const":"authorization_code"},"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"code_verifier":{"$ref":"urn:oauth2-contract:schema:CodeVerifier"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:AuthorizationCodeTokenRequest"};
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

const schema15 = {"type":"array","minItems":1,"maxItems":10,"items":{"$ref":"urn:oauth2-contract:schema:Resource"},"$id":"urn:oauth2-contract:schema:Resources"};
const schema16 = {"type":"string","maxLength":2048,"format":"uri","pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$","$id":"urn:oauth2-contract:schema:Resource"};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Resource" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate37.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern4.test(data)){
validate37.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[^#\\x00-\\x20\\x7F]*$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate37.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
}
else {
validate37.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate37.errors = vErrors;
return errors === 0;
}


function validate36(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Resources" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(Array.isArray(data)){
if(data.length > 10){
validate36.errors = [{instancePath,schemaPath:"#/maxItems",keyword:"maxItems",params:{limit: 10},message:"must NOT have more than 10 items"}];
return false;
}
else {
if(data.length < 1){
validate36.errors = [{instancePath,schemaPath:"#/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items"}];
return false;
}
else {
var valid0 = true;
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
const _errs1 = errors;
if(!(validate37(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
var valid0 = _errs1 === errors;
if(!valid0){
break;
}
}
}
}
}
else {
validate36.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
validate36.errors = vErrors;
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
if(valid1){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
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

export const schemaAuthorizationErrorRedirect = validate40;
const schema17 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:schema:AuthorizationErrorRedirect"};
const schema18 = {"type":"string","maxLength":1024,"pattern":"^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$","$id":"urn:oauth2-contract:schema:ErrorDescription"};
const pattern6 = new RegExp("^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$", "u");

function validate41(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorDescription" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate41.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern6.test(data)){
validate41.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$"},message:"must match pattern \""+"^[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*$"+"\""}];
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

const schema19 = {"type":"string","maxLength":2048,"pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$","$id":"urn:oauth2-contract:schema:ErrorUri"};
const pattern7 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$", "u");

function validate43(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorUri" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate43.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern7.test(data)){
validate43.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]*$"+"\""}];
return false;
}
}
}
else {
validate43.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate43.errors = vErrors;
return errors === 0;
}

const schema20 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:State"};

function validate45(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:State" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate45.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate45.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate45.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate45.errors = vErrors;
return errors === 0;
}

const schema21 = {"type":"string","format":"uri","pattern":"^https?://[^?#\\s]+$","$id":"urn:oauth2-contract:schema:Issuer"};
const pattern9 = new RegExp("^https?://[^?#\\s]+$", "u");

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Issuer" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(errors === 0){
if(typeof data === "string"){
if(!pattern9.test(data)){
validate47.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^https?://[^?#\\s]+$"},message:"must match pattern \""+"^https?://[^?#\\s]+$"+"\""}];
return false;
}
else {
if(!(formats0.test(data))){
validate47.errors = [{instancePath,schemaPath:"#/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
}
else {
validate47.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
validate47.errors = vErrors;
return errors === 0;
}


function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationErrorRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate40.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate40.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate40.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema17.properties.error.enum},message:"must be equal to one of the allowed values"}];
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
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate40.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate40.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationRequest = validate49;
const schema22 = {"type":"object","required":["response_type","client_id"],"properties":{"response_type":{"$ref":"urn:oauth2-contract:schema:ResponseType"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"code_challenge":{"$ref":"urn:oauth2-contract:schema:CodeChallenge"},"code_challenge_method":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"},"allowed":{"$ref":"urn:oauth2-contract:schema:AllowedDecision"},"csrf_token":{"$ref":"urn:oauth2-contract:schema:CsrfToken"}},"$id":"urn:oauth2-contract:schema:AuthorizationRequest"};
const schema23 = {"type":"string","maxLength":64,"pattern":"^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$","$id":"urn:oauth2-contract:schema:ResponseType"};
const pattern10 = new RegExp("^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$", "u");

function validate50(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ResponseType" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 64){
validate50.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
else {
if(!pattern10.test(data)){
validate50.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$"},message:"must match pattern \""+"^[A-Za-z0-9_]+( [A-Za-z0-9_]+)*$"+"\""}];
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

const schema24 = {"type":"string","maxLength":2048,"pattern":"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$","$id":"urn:oauth2-contract:schema:Scope"};
const pattern11 = new RegExp("^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$", "u");

function validate54(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Scope" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 2048){
validate54.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters"}];
return false;
}
else {
if(!pattern11.test(data)){
validate54.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"},message:"must match pattern \""+"^[\\x21\\x23-\\x5B\\x5D-\\x7E]+( [\\x21\\x23-\\x5B\\x5D-\\x7E]+)*$"+"\""}];
return false;
}
}
}
else {
validate54.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate54.errors = vErrors;
return errors === 0;
}

const schema25 = {"type":"string","minLength":43,"maxLength":128,"pattern":"^[A-Za-z0-9._~-]+$","$id":"urn:oauth2-contract:schema:CodeChallenge"};
const pattern12 = new RegExp("^[A-Za-z0-9._~-]+$", "u");

function validate57(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeChallenge" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 128){
validate57.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters"}];
return false;
}
else {
if(func2(data) < 43){
validate57.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 43},message:"must NOT have fewer than 43 characters"}];
return false;
}
else {
if(!pattern12.test(data)){
validate57.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9._~-]+$"},message:"must match pattern \""+"^[A-Za-z0-9._~-]+$"+"\""}];
return false;
}
}
}
}
else {
validate57.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate57.errors = vErrors;
return errors === 0;
}

const schema26 = {"type":"string","enum":["S256","plain"],"$id":"urn:oauth2-contract:schema:CodeChallengeMethod"};

function validate59(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CodeChallengeMethod" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate59.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data === "S256") || (data === "plain"))){
validate59.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate59.errors = vErrors;
return errors === 0;
}

const schema27 = {"type":"string","maxLength":256,"pattern":"^[A-Za-z0-9_-]+$","$id":"urn:oauth2-contract:schema:CsrfToken"};
const pattern13 = new RegExp("^[A-Za-z0-9_-]+$", "u");

function validate63(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:CsrfToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 256){
validate63.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters"}];
return false;
}
else {
if(!pattern13.test(data)){
validate63.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\""}];
return false;
}
}
}
else {
validate63.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate63.errors = vErrors;
return errors === 0;
}


function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationRequest" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.response_type === undefined) && (missing0 = "response_type")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate49.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.response_type !== undefined){
const _errs1 = errors;
if(!(validate50(data.response_type, {instancePath:instancePath+"/response_type",parentData:data,parentDataProperty:"response_type",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate57(data.code_challenge, {instancePath:instancePath+"/code_challenge",parentData:data,parentDataProperty:"code_challenge",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
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
if(!(validate59(data.code_challenge_method, {instancePath:instancePath+"/code_challenge_method",parentData:data,parentDataProperty:"code_challenge_method",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.allowed !== undefined){
const _errs9 = errors;
if(!(validate22(data.allowed, {instancePath:instancePath+"/allowed",parentData:data,parentDataProperty:"allowed",rootData}))){
vErrors = vErrors === null ? validate22.errors : vErrors.concat(validate22.errors);
errors = vErrors.length;
}
var valid0 = _errs9 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.csrf_token !== undefined){
const _errs10 = errors;
if(!(validate63(data.csrf_token, {instancePath:instancePath+"/csrf_token",parentData:data,parentDataProperty:"csrf_token",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
errors = vErrors.length;
}
var valid0 = _errs10 === errors;
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
else {
validate49.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate49.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationServerMetadata = validate65;
const schema28 = {"type":"object","required":["issuer","token_endpoint","response_types_supported"],"properties":{"issuer":{"$ref":"urn:oauth2-contract:schema:Issuer"},"authorization_endpoint":{"type":"string","format":"uri"},"token_endpoint":{"type":"string","format":"uri"},"revocation_endpoint":{"type":"string","format":"uri"},"introspection_endpoint":{"type":"string","format":"uri"},"scopes_supported":{"type":"array","items":{"type":"string"}},"response_types_supported":{"type":"array","items":{"type":"string"}},"response_modes_supported":{"type":"array","items":{"type":"string"}},"grant_types_supported":{"type":"array","items":{"type":"string"}},"token_endpoint_auth_methods_supported":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:ClientAuthMethod"}},"revocation_endpoint_auth_methods_supported":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:ClientAuthMethod"}},"introspection_endpoint_auth_methods_supported":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:ClientAuthMethod"}},"code_challenge_methods_supported":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"}},"authorization_response_iss_parameter_supported":{"type":"boolean"},"service_documentation":{"type":"string","format":"uri"}},"$id":"urn:oauth2-contract:schema:AuthorizationServerMetadata"};
const schema29 = {"type":"string","minLength":1,"$id":"urn:oauth2-contract:schema:ClientAuthMethod"};

function validate67(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ClientAuthMethod" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) < 1){
validate67.errors = [{instancePath,schemaPath:"#/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters"}];
return false;
}
}
else {
validate67.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate67.errors = vErrors;
return errors === 0;
}


function validate65(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationServerMetadata" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data.issuer === undefined) && (missing0 = "issuer")) || ((data.token_endpoint === undefined) && (missing0 = "token_endpoint"))) || ((data.response_types_supported === undefined) && (missing0 = "response_types_supported"))){
validate65.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.issuer !== undefined){
const _errs1 = errors;
if(!(validate47(data.issuer, {instancePath:instancePath+"/issuer",parentData:data,parentDataProperty:"issuer",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate65.errors = [{instancePath:instancePath+"/authorization_endpoint",schemaPath:"#/properties/authorization_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/authorization_endpoint",schemaPath:"#/properties/authorization_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate65.errors = [{instancePath:instancePath+"/token_endpoint",schemaPath:"#/properties/token_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/token_endpoint",schemaPath:"#/properties/token_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint",schemaPath:"#/properties/revocation_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint",schemaPath:"#/properties/revocation_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint",schemaPath:"#/properties/introspection_endpoint/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint",schemaPath:"#/properties/introspection_endpoint/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate65.errors = [{instancePath:instancePath+"/scopes_supported/" + i0,schemaPath:"#/properties/scopes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid1 = _errs12 === errors;
if(!valid1){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate65.errors = [{instancePath:instancePath+"/response_types_supported/" + i1,schemaPath:"#/properties/response_types_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs16 === errors;
if(!valid2){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/response_types_supported",schemaPath:"#/properties/response_types_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate65.errors = [{instancePath:instancePath+"/response_modes_supported/" + i2,schemaPath:"#/properties/response_modes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid3 = _errs20 === errors;
if(!valid3){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/response_modes_supported",schemaPath:"#/properties/response_modes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
validate65.errors = [{instancePath:instancePath+"/grant_types_supported/" + i3,schemaPath:"#/properties/grant_types_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid4 = _errs24 === errors;
if(!valid4){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/grant_types_supported",schemaPath:"#/properties/grant_types_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
const _errs28 = errors;
if(!(validate67(data13[i4], {instancePath:instancePath+"/token_endpoint_auth_methods_supported/" + i4,parentData:data13,parentDataProperty:i4,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var valid5 = _errs28 === errors;
if(!valid5){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/token_endpoint_auth_methods_supported",schemaPath:"#/properties/token_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
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
const _errs29 = errors;
if(errors === _errs29){
if(Array.isArray(data15)){
var valid6 = true;
const len5 = data15.length;
for(let i5=0; i5<len5; i5++){
const _errs31 = errors;
if(!(validate67(data15[i5], {instancePath:instancePath+"/revocation_endpoint_auth_methods_supported/" + i5,parentData:data15,parentDataProperty:i5,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var valid6 = _errs31 === errors;
if(!valid6){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/revocation_endpoint_auth_methods_supported",schemaPath:"#/properties/revocation_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs29 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.introspection_endpoint_auth_methods_supported !== undefined){
let data17 = data.introspection_endpoint_auth_methods_supported;
const _errs32 = errors;
if(errors === _errs32){
if(Array.isArray(data17)){
var valid7 = true;
const len6 = data17.length;
for(let i6=0; i6<len6; i6++){
const _errs34 = errors;
if(!(validate67(data17[i6], {instancePath:instancePath+"/introspection_endpoint_auth_methods_supported/" + i6,parentData:data17,parentDataProperty:i6,rootData}))){
vErrors = vErrors === null ? validate67.errors : vErrors.concat(validate67.errors);
errors = vErrors.length;
}
var valid7 = _errs34 === errors;
if(!valid7){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/introspection_endpoint_auth_methods_supported",schemaPath:"#/properties/introspection_endpoint_auth_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs32 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.code_challenge_methods_supported !== undefined){
let data19 = data.code_challenge_methods_supported;
const _errs35 = errors;
if(errors === _errs35){
if(Array.isArray(data19)){
var valid8 = true;
const len7 = data19.length;
for(let i7=0; i7<len7; i7++){
const _errs37 = errors;
if(!(validate59(data19[i7], {instancePath:instancePath+"/code_challenge_methods_supported/" + i7,parentData:data19,parentDataProperty:i7,rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid8 = _errs37 === errors;
if(!valid8){
break;
}
}
}
else {
validate65.errors = [{instancePath:instancePath+"/code_challenge_methods_supported",schemaPath:"#/properties/code_challenge_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs35 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.authorization_response_iss_parameter_supported !== undefined){
const _errs38 = errors;
if(typeof data.authorization_response_iss_parameter_supported !== "boolean"){
validate65.errors = [{instancePath:instancePath+"/authorization_response_iss_parameter_supported",schemaPath:"#/properties/authorization_response_iss_parameter_supported/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid0 = _errs38 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.service_documentation !== undefined){
let data22 = data.service_documentation;
const _errs40 = errors;
if(errors === _errs40){
if(errors === _errs40){
if(typeof data22 === "string"){
if(!(formats0.test(data22))){
validate65.errors = [{instancePath:instancePath+"/service_documentation",schemaPath:"#/properties/service_documentation/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate65.errors = [{instancePath:instancePath+"/service_documentation",schemaPath:"#/properties/service_documentation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs40 === errors;
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
validate65.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate65.errors = vErrors;
return errors === 0;
}

export const schemaAuthorizationSuccessRedirect = validate72;
const schema30 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:schema:AuthorizationSuccessRedirect"};

function validate72(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:AuthorizationSuccessRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate72.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate72.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate72.errors = vErrors;
return errors === 0;
}

export const schemaBearerFormBody = validate76;
const schema31 = {"type":"object","properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"}},"$id":"urn:oauth2-contract:schema:BearerFormBody"};

function validate76(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate76.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate76.errors = vErrors;
return errors === 0;
}

export const schemaClientAuthMethod = validate67;

export const schemaClientCredentialsInBody = validate25;

export const schemaClientCredentialsTokenRequest = validate78;
const schema32 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type"],"properties":{"grant_type":{"type":"string","const":"client_credentials"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:ClientCredentialsTokenRequest"};

function validate78(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate78.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate78.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("client_credentials" !== data0){
validate78.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "client_credentials"},message:"must be equal to constant"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs6 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate78.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate78.errors = vErrors;
return errors === 0;
}

export const schemaClientId = validate26;

export const schemaClientSecret = validate28;

export const schemaCodeChallenge = validate57;

export const schemaCodeChallengeMethod = validate59;

export const schemaCodeVerifier = validate34;

export const schemaCsrfToken = validate63;

export const schemaErrorCode = validate82;
const schema33 = {"type":"string","enum":["invalid_request","invalid_client","invalid_grant","unauthorized_client","unsupported_grant_type","invalid_scope","access_denied","unsupported_response_type","server_error","temporarily_unavailable","invalid_token","insufficient_scope","unsupported_token_type","invalid_target"],"$id":"urn:oauth2-contract:schema:ErrorCode"};

function validate82(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ErrorCode" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate82.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((((((((data === "invalid_request") || (data === "invalid_client")) || (data === "invalid_grant")) || (data === "unauthorized_client")) || (data === "unsupported_grant_type")) || (data === "invalid_scope")) || (data === "access_denied")) || (data === "unsupported_response_type")) || (data === "server_error")) || (data === "temporarily_unavailable")) || (data === "invalid_token")) || (data === "insufficient_scope")) || (data === "unsupported_token_type")) || (data === "invalid_target"))){
validate82.errors = [{instancePath,schemaPath:"#/enum",keyword:"enum",params:{allowedValues: schema33.enum},message:"must be equal to one of the allowed values"}];
return false;
}
validate82.errors = vErrors;
return errors === 0;
}

export const schemaErrorDescription = validate41;

export const schemaErrorUri = validate43;

export const schemaExtensionGrantTokenRequest = validate83;
const schema34 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type"],"properties":{"grant_type":{"$ref":"urn:oauth2-contract:schema:ExtensionGrantType"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}}}],"$id":"urn:oauth2-contract:schema:ExtensionGrantTokenRequest"};
const schema35 = {"type":"string","maxLength":255,"pattern":"^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$","$id":"urn:oauth2-contract:schema:ExtensionGrantType"};
const pattern14 = new RegExp("^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$", "u");

function validate85(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ExtensionGrantType" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 255){
validate85.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters"}];
return false;
}
else {
if(!pattern14.test(data)){
validate85.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$"},message:"must match pattern \""+"^[A-Za-z][A-Za-z0-9+.-]*:[\\x21-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate85.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate85.errors = vErrors;
return errors === 0;
}


function validate83(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate83.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
const _errs3 = errors;
if(!(validate85(data.grant_type, {instancePath:instancePath+"/grant_type",parentData:data,parentDataProperty:"grant_type",rootData}))){
vErrors = vErrors === null ? validate85.errors : vErrors.concat(validate85.errors);
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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

export const schemaExtensionGrantType = validate85;

export const schemaHealth = validate88;
const schema36 = {"type":"object","required":["status"],"properties":{"status":{"type":"string","enum":["ok","unavailable"]}},"$id":"urn:oauth2-contract:schema:Health"};

function validate88(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Health" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.status === undefined) && (missing0 = "status")){
validate88.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.status !== undefined){
let data0 = data.status;
if(typeof data0 !== "string"){
validate88.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((data0 === "ok") || (data0 === "unavailable"))){
validate88.errors = [{instancePath:instancePath+"/status",schemaPath:"#/properties/status/enum",keyword:"enum",params:{allowedValues: schema36.properties.status.enum},message:"must be equal to one of the allowed values"}];
return false;
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

export const schemaImplicitSuccessRedirect = validate89;
const schema37 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:schema:ImplicitSuccessRedirect"};
const pattern15 = new RegExp("^[Bb][Ee][Aa][Rr][Ee][Rr]$", "u");
const pattern16 = new RegExp("^[0-9]{1,10}$", "u");

function validate89(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ImplicitSuccessRedirect" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate89.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!pattern15.test(data1)){
validate89.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern16.test(data2)){
validate89.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate89.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
validate89.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate89.errors = vErrors;
return errors === 0;
}

export const schemaIntrospectionRequest = validate93;
const schema38 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["token"],"properties":{"token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type_hint":{"$ref":"urn:oauth2-contract:schema:TokenTypeHint"}}}],"$id":"urn:oauth2-contract:schema:IntrospectionRequest"};
const schema39 = {"type":"string","$id":"urn:oauth2-contract:schema:TokenTypeHint"};

function validate96(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenTypeHint" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate96.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate96.errors = vErrors;
return errors === 0;
}


function validate93(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate93.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!(validate96(data.token_type_hint, {instancePath:instancePath+"/token_type_hint",parentData:data,parentDataProperty:"token_type_hint",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
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
validate93.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate93.errors = vErrors;
return errors === 0;
}

export const schemaIntrospectionResponse = validate98;
const schema40 = {"type":"object","required":["active"],"properties":{"active":{"type":"boolean"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"username":{"type":"string"},"token_type":{"type":"string"},"exp":{"type":"integer","minimum":0},"iat":{"type":"integer","minimum":0},"nbf":{"type":"integer","minimum":0},"sub":{"type":"string"},"aud":{"oneOf":[{"type":"string"},{"type":"array","items":{"type":"string"}}]},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"},"jti":{"type":"string"}},"$id":"urn:oauth2-contract:schema:IntrospectionResponse"};

function validate98(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:IntrospectionResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.active === undefined) && (missing0 = "active")){
validate98.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.active !== undefined){
const _errs1 = errors;
if(typeof data.active !== "boolean"){
validate98.errors = [{instancePath:instancePath+"/active",schemaPath:"#/properties/active/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
validate98.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate98.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate98.errors = [{instancePath:instancePath+"/exp",schemaPath:"#/properties/exp/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs9){
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 < 0 || isNaN(data5)){
validate98.errors = [{instancePath:instancePath+"/exp",schemaPath:"#/properties/exp/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate98.errors = [{instancePath:instancePath+"/iat",schemaPath:"#/properties/iat/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs11){
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 < 0 || isNaN(data6)){
validate98.errors = [{instancePath:instancePath+"/iat",schemaPath:"#/properties/iat/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate98.errors = [{instancePath:instancePath+"/nbf",schemaPath:"#/properties/nbf/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs13){
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 < 0 || isNaN(data7)){
validate98.errors = [{instancePath:instancePath+"/nbf",schemaPath:"#/properties/nbf/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
validate98.errors = [{instancePath:instancePath+"/sub",schemaPath:"#/properties/sub/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate98.errors = vErrors;
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate98.errors = [{instancePath:instancePath+"/jti",schemaPath:"#/properties/jti/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate98.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate98.errors = vErrors;
return errors === 0;
}

export const schemaIssuer = validate47;

export const schemaLoginForm = validate102;
const schema41 = {"type":"object","required":["username","password","csrf_token","return_to"],"properties":{"username":{"$ref":"urn:oauth2-contract:schema:Username"},"password":{"$ref":"urn:oauth2-contract:schema:Password"},"csrf_token":{"$ref":"urn:oauth2-contract:schema:CsrfToken"},"return_to":{"type":"string","maxLength":8192,"pattern":"^/authorize\\?"}},"$id":"urn:oauth2-contract:schema:LoginForm"};
const schema42 = {"type":"string","maxLength":1024,"pattern":"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$","$id":"urn:oauth2-contract:schema:Username"};
const pattern17 = new RegExp("^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$", "u");

function validate103(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Username" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate103.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern17.test(data)){
validate103.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"},message:"must match pattern \""+"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"+"\""}];
return false;
}
}
}
else {
validate103.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate103.errors = vErrors;
return errors === 0;
}

const schema43 = {"type":"string","maxLength":1024,"pattern":"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$","$id":"urn:oauth2-contract:schema:Password"};

function validate105(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:Password" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 1024){
validate105.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 1024},message:"must NOT have more than 1024 characters"}];
return false;
}
else {
if(!pattern17.test(data)){
validate105.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"},message:"must match pattern \""+"^[\\x09\\x20-\\x7E\\x80-\\uD7FF\\uE000-\\uFFFD\\u{10000}-\\u{10FFFF}]+$"+"\""}];
return false;
}
}
}
else {
validate105.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate105.errors = vErrors;
return errors === 0;
}

const pattern19 = new RegExp("^/authorize\\?", "u");

function validate102(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:LoginForm" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data.username === undefined) && (missing0 = "username")) || ((data.password === undefined) && (missing0 = "password"))) || ((data.csrf_token === undefined) && (missing0 = "csrf_token"))) || ((data.return_to === undefined) && (missing0 = "return_to"))){
validate102.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.username !== undefined){
const _errs1 = errors;
if(!(validate103(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
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
if(!(validate105(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
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
if(!(validate63(data.csrf_token, {instancePath:instancePath+"/csrf_token",parentData:data,parentDataProperty:"csrf_token",rootData}))){
vErrors = vErrors === null ? validate63.errors : vErrors.concat(validate63.errors);
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
validate102.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/maxLength",keyword:"maxLength",params:{limit: 8192},message:"must NOT have more than 8192 characters"}];
return false;
}
else {
if(!pattern19.test(data3)){
validate102.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/pattern",keyword:"pattern",params:{pattern: "^/authorize\\?"},message:"must match pattern \""+"^/authorize\\?"+"\""}];
return false;
}
}
}
else {
validate102.errors = [{instancePath:instancePath+"/return_to",schemaPath:"#/properties/return_to/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate102.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate102.errors = vErrors;
return errors === 0;
}

export const schemaMeResponse = validate108;
const schema44 = {"type":"object","required":["sub","client_id"],"properties":{"sub":{"type":"string"},"username":{"type":"string"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}},"$id":"urn:oauth2-contract:schema:MeResponse"};

function validate108(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:MeResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.sub === undefined) && (missing0 = "sub")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate108.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.sub !== undefined){
const _errs1 = errors;
if(typeof data.sub !== "string"){
validate108.errors = [{instancePath:instancePath+"/sub",schemaPath:"#/properties/sub/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate108.errors = [{instancePath:instancePath+"/username",schemaPath:"#/properties/username/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
validate108.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate108.errors = vErrors;
return errors === 0;
}

export const schemaOAuthError = validate111;
const schema45 = {"type":"object","required":["error"],"properties":{"error":{"$ref":"urn:oauth2-contract:schema:ErrorCode"},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"}},"$id":"urn:oauth2-contract:schema:OAuthError"};

function validate111(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:OAuthError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate111.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
const _errs1 = errors;
if(!(validate82(data.error, {instancePath:instancePath+"/error",parentData:data,parentDataProperty:"error",rootData}))){
vErrors = vErrors === null ? validate82.errors : vErrors.concat(validate82.errors);
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
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
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
validate111.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate111.errors = vErrors;
return errors === 0;
}

export const schemaPassword = validate105;

export const schemaPasswordTokenRequest = validate115;
const schema46 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","username","password"],"properties":{"grant_type":{"type":"string","const":"password"},"username":{"$ref":"urn:oauth2-contract:schema:Username"},"password":{"$ref":"urn:oauth2-contract:schema:Password"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:PasswordTokenRequest"};

function validate115(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate115.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate115.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("password" !== data0){
validate115.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "password"},message:"must be equal to constant"}];
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
if(!(validate103(data.username, {instancePath:instancePath+"/username",parentData:data,parentDataProperty:"username",rootData}))){
vErrors = vErrors === null ? validate103.errors : vErrors.concat(validate103.errors);
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
if(!(validate105(data.password, {instancePath:instancePath+"/password",parentData:data,parentDataProperty:"password",rootData}))){
vErrors = vErrors === null ? validate105.errors : vErrors.concat(validate105.errors);
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs7 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid1 = _errs8 === errors;
}
else {
var valid1 = true;
}
}
}
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

export const schemaProtectedResourceMetadata = validate121;
const schema47 = {"type":"object","required":["resource"],"properties":{"resource":{"type":"string","format":"uri"},"authorization_servers":{"type":"array","items":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"scopes_supported":{"type":"array","items":{"type":"string"}},"bearer_methods_supported":{"type":"array","items":{"type":"string","enum":["header","body","query"]}},"resource_name":{"type":"string"},"resource_documentation":{"type":"string","format":"uri"}},"$id":"urn:oauth2-contract:schema:ProtectedResourceMetadata"};

function validate121(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:ProtectedResourceMetadata" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.resource === undefined) && (missing0 = "resource")){
validate121.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.resource !== undefined){
let data0 = data.resource;
const _errs1 = errors;
if(errors === _errs1){
if(errors === _errs1){
if(typeof data0 === "string"){
if(!(formats0.test(data0))){
validate121.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate121.errors = [{instancePath:instancePath+"/resource",schemaPath:"#/properties/resource/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(data.authorization_servers !== undefined){
let data1 = data.authorization_servers;
const _errs3 = errors;
if(errors === _errs3){
if(Array.isArray(data1)){
var valid1 = true;
const len0 = data1.length;
for(let i0=0; i0<len0; i0++){
const _errs5 = errors;
if(!(validate47(data1[i0], {instancePath:instancePath+"/authorization_servers/" + i0,parentData:data1,parentDataProperty:i0,rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
var valid1 = _errs5 === errors;
if(!valid1){
break;
}
}
}
else {
validate121.errors = [{instancePath:instancePath+"/authorization_servers",schemaPath:"#/properties/authorization_servers/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.scopes_supported !== undefined){
let data3 = data.scopes_supported;
const _errs6 = errors;
if(errors === _errs6){
if(Array.isArray(data3)){
var valid2 = true;
const len1 = data3.length;
for(let i1=0; i1<len1; i1++){
const _errs8 = errors;
if(typeof data3[i1] !== "string"){
validate121.errors = [{instancePath:instancePath+"/scopes_supported/" + i1,schemaPath:"#/properties/scopes_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid2 = _errs8 === errors;
if(!valid2){
break;
}
}
}
else {
validate121.errors = [{instancePath:instancePath+"/scopes_supported",schemaPath:"#/properties/scopes_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs6 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.bearer_methods_supported !== undefined){
let data5 = data.bearer_methods_supported;
const _errs10 = errors;
if(errors === _errs10){
if(Array.isArray(data5)){
var valid3 = true;
const len2 = data5.length;
for(let i2=0; i2<len2; i2++){
let data6 = data5[i2];
const _errs12 = errors;
if(typeof data6 !== "string"){
validate121.errors = [{instancePath:instancePath+"/bearer_methods_supported/" + i2,schemaPath:"#/properties/bearer_methods_supported/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!(((data6 === "header") || (data6 === "body")) || (data6 === "query"))){
validate121.errors = [{instancePath:instancePath+"/bearer_methods_supported/" + i2,schemaPath:"#/properties/bearer_methods_supported/items/enum",keyword:"enum",params:{allowedValues: schema47.properties.bearer_methods_supported.items.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid3 = _errs12 === errors;
if(!valid3){
break;
}
}
}
else {
validate121.errors = [{instancePath:instancePath+"/bearer_methods_supported",schemaPath:"#/properties/bearer_methods_supported/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid0 = _errs10 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource_name !== undefined){
const _errs14 = errors;
if(typeof data.resource_name !== "string"){
validate121.errors = [{instancePath:instancePath+"/resource_name",schemaPath:"#/properties/resource_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs14 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource_documentation !== undefined){
let data8 = data.resource_documentation;
const _errs16 = errors;
if(errors === _errs16){
if(errors === _errs16){
if(typeof data8 === "string"){
if(!(formats0.test(data8))){
validate121.errors = [{instancePath:instancePath+"/resource_documentation",schemaPath:"#/properties/resource_documentation/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate121.errors = [{instancePath:instancePath+"/resource_documentation",schemaPath:"#/properties/resource_documentation/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
var valid0 = _errs16 === errors;
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
else {
validate121.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate121.errors = vErrors;
return errors === 0;
}

export const schemaRedirectUri = validate32;

export const schemaRefreshToken = validate123;
const schema48 = {"type":"string","maxLength":4096,"pattern":"^[\\x20-\\x7E]+$","$id":"urn:oauth2-contract:schema:RefreshToken"};

function validate123(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:RefreshToken" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(typeof data === "string"){
if(func2(data) > 4096){
validate123.errors = [{instancePath,schemaPath:"#/maxLength",keyword:"maxLength",params:{limit: 4096},message:"must NOT have more than 4096 characters"}];
return false;
}
else {
if(!pattern0.test(data)){
validate123.errors = [{instancePath,schemaPath:"#/pattern",keyword:"pattern",params:{pattern: "^[\\x20-\\x7E]+$"},message:"must match pattern \""+"^[\\x20-\\x7E]+$"+"\""}];
return false;
}
}
}
else {
validate123.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
validate123.errors = vErrors;
return errors === 0;
}

export const schemaRefreshTokenRequest = validate124;
const schema49 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["grant_type","refresh_token"],"properties":{"grant_type":{"type":"string","const":"refresh_token"},"refresh_token":{"$ref":"urn:oauth2-contract:schema:RefreshToken"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}}}],"$id":"urn:oauth2-contract:schema:RefreshTokenRequest"};

function validate124(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate124.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.grant_type !== undefined){
let data0 = data.grant_type;
const _errs3 = errors;
if(typeof data0 !== "string"){
validate124.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("refresh_token" !== data0){
validate124.errors = [{instancePath:instancePath+"/grant_type",schemaPath:"#/allOf/1/properties/grant_type/const",keyword:"const",params:{allowedValue: "refresh_token"},message:"must be equal to constant"}];
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
if(!(validate123(data.refresh_token, {instancePath:instancePath+"/refresh_token",parentData:data,parentDataProperty:"refresh_token",rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
errors = vErrors.length;
}
var valid1 = _errs6 === errors;
}
else {
var valid1 = true;
}
if(valid1){
if(data.resource !== undefined){
const _errs7 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
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
validate124.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate124.errors = vErrors;
return errors === 0;
}

export const schemaResource = validate37;

export const schemaResources = validate36;

export const schemaResponseType = validate50;

export const schemaRevocationRequest = validate129;
const schema50 = {"allOf":[{"$ref":"urn:oauth2-contract:schema:ClientCredentialsInBody"},{"type":"object","required":["token"],"properties":{"token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type_hint":{"$ref":"urn:oauth2-contract:schema:TokenTypeHint"}}}],"$id":"urn:oauth2-contract:schema:RevocationRequest"};

function validate129(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate129.errors = [{instancePath,schemaPath:"#/allOf/1/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!(validate96(data.token_type_hint, {instancePath:instancePath+"/token_type_hint",parentData:data,parentDataProperty:"token_type_hint",rootData}))){
vErrors = vErrors === null ? validate96.errors : vErrors.concat(validate96.errors);
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
validate129.errors = [{instancePath,schemaPath:"#/allOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid0 = _errs1 === errors;
}
validate129.errors = vErrors;
return errors === 0;
}

export const schemaScope = validate54;

export const schemaState = validate45;

export const schemaTokenRequest = validate133;
const schema51 = {"oneOf":[{"$ref":"urn:oauth2-contract:schema:AuthorizationCodeTokenRequest"},{"$ref":"urn:oauth2-contract:schema:ClientCredentialsTokenRequest"},{"$ref":"urn:oauth2-contract:schema:PasswordTokenRequest"},{"$ref":"urn:oauth2-contract:schema:RefreshTokenRequest"},{"$ref":"urn:oauth2-contract:schema:ExtensionGrantTokenRequest"}],"$id":"urn:oauth2-contract:schema:TokenRequest"};

function validate133(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
if(!(validate78(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate78.errors : vErrors.concat(validate78.errors);
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
if(!(validate115(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate115.errors : vErrors.concat(validate115.errors);
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
if(!(validate124(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate124.errors : vErrors.concat(validate124.errors);
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
if(!(validate83(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate83.errors : vErrors.concat(validate83.errors);
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
validate133.errors = vErrors;
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
validate133.errors = vErrors;
return errors === 0;
}

export const schemaTokenResponse = validate139;
const schema52 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"integer","minimum":0},"refresh_token":{"$ref":"urn:oauth2-contract:schema:RefreshToken"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"}},"$id":"urn:oauth2-contract:schema:TokenResponse"};

function validate139(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:schema:TokenResponse" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate139.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!pattern15.test(data1)){
validate139.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate139.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate139.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs4){
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 < 0 || isNaN(data2)){
validate139.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
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
if(!(validate123(data.refresh_token, {instancePath:instancePath+"/refresh_token",parentData:data,parentDataProperty:"refresh_token",rootData}))){
vErrors = vErrors === null ? validate123.errors : vErrors.concat(validate123.errors);
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
validate139.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate139.errors = vErrors;
return errors === 0;
}

export const schemaTokenTypeHint = validate96;

export const schemaUsername = validate103;

export const authorizeQuery = validate143;
const schema53 = {"type":"object","properties":{"response_type":{"$ref":"urn:oauth2-contract:schema:ResponseType"},"client_id":{"$ref":"urn:oauth2-contract:schema:ClientId"},"redirect_uri":{"$ref":"urn:oauth2-contract:schema:RedirectUri"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"code_challenge":{"$ref":"urn:oauth2-contract:schema:CodeChallenge"},"code_challenge_method":{"$ref":"urn:oauth2-contract:schema:CodeChallengeMethod"},"resource":{"$ref":"urn:oauth2-contract:schema:Resources"}},"required":["response_type","client_id"],"$id":"urn:oauth2-contract:authorizeQuery"};

function validate143(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeQuery" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.response_type === undefined) && (missing0 = "response_type")) || ((data.client_id === undefined) && (missing0 = "client_id"))){
validate143.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.response_type !== undefined){
const _errs1 = errors;
if(!(validate50(data.response_type, {instancePath:instancePath+"/response_type",parentData:data,parentDataProperty:"response_type",rootData}))){
vErrors = vErrors === null ? validate50.errors : vErrors.concat(validate50.errors);
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate57(data.code_challenge, {instancePath:instancePath+"/code_challenge",parentData:data,parentDataProperty:"code_challenge",rootData}))){
vErrors = vErrors === null ? validate57.errors : vErrors.concat(validate57.errors);
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
if(!(validate59(data.code_challenge_method, {instancePath:instancePath+"/code_challenge_method",parentData:data,parentDataProperty:"code_challenge_method",rootData}))){
vErrors = vErrors === null ? validate59.errors : vErrors.concat(validate59.errors);
errors = vErrors.length;
}
var valid0 = _errs7 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.resource !== undefined){
const _errs8 = errors;
if(!(validate36(data.resource, {instancePath:instancePath+"/resource",parentData:data,parentDataProperty:"resource",rootData}))){
vErrors = vErrors === null ? validate36.errors : vErrors.concat(validate36.errors);
errors = vErrors.length;
}
var valid0 = _errs8 === errors;
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
else {
validate143.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate143.errors = vErrors;
return errors === 0;
}

export const authorizeResponse200Headers = validate152;
const schema54 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeResponse200Headers"};
const pattern22 = new RegExp("(^|[ ,])no-store($|[ ,])", "u");
const pattern23 = new RegExp("frame-ancestors 'none'", "u");

function validate152(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate152.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate152.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate152.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate152.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate152.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
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
validate152.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate152.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate152.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate152.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
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
validate152.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate152.errors = vErrors;
return errors === 0;
}

export const authorizeResponse200TextHtml = validate153;
const schema55 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse200TextHtml"};

function validate153(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate153.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate153.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302Headers = validate154;
const schema56 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string"}},"required":["location"],"$id":"urn:oauth2-contract:authorizeResponse302Headers"};

function validate154(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.location === undefined) && (missing0 = "location")){
validate154.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate154.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate154.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate154.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate154.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate154.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302TextHtml = validate155;
const schema57 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse302TextHtml"};

function validate155(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate155.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate155.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302TextPlain = validate156;
const schema58 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse302TextPlain"};

function validate156(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate156.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate156.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectSuccess = validate157;
const schema59 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectSuccess"};

function validate157(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate157.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate157.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate157.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectError = validate161;
const schema60 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectError"};

function validate161(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate161.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate161.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate161.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema60.properties.error.enum},message:"must be equal to one of the allowed values"}];
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
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate161.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate161.errors = vErrors;
return errors === 0;
}

export const authorizeResponse302RedirectImplicit = validate166;
const schema61 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeResponse302RedirectImplicit"};

function validate166(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse302RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate166.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!pattern15.test(data1)){
validate166.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate166.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern16.test(data2)){
validate166.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate166.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
validate166.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate166.errors = vErrors;
return errors === 0;
}

export const authorizeResponse303Headers = validate170;
const schema62 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string"}},"required":["location"],"$id":"urn:oauth2-contract:authorizeResponse303Headers"};

function validate170(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.location === undefined) && (missing0 = "location")){
validate170.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate170.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate170.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate170.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate170.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate170.errors = vErrors;
return errors === 0;
}

export const authorizeResponse303TextHtml = validate171;
const schema63 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse303TextHtml"};

function validate171(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse303TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate171.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate171.errors = vErrors;
return errors === 0;
}

export const authorizeResponse303TextPlain = validate172;
const schema64 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse303TextPlain"};

function validate172(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse303TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate172.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate172.errors = vErrors;
return errors === 0;
}

export const authorizeResponse303RedirectSuccess = validate173;
const schema65 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse303RedirectSuccess"};

function validate173(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse303RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate173.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate173.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate173.errors = vErrors;
return errors === 0;
}

export const authorizeResponse303RedirectError = validate177;
const schema66 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeResponse303RedirectError"};

function validate177(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse303RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate177.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate177.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate177.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema66.properties.error.enum},message:"must be equal to one of the allowed values"}];
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
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate177.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate177.errors = vErrors;
return errors === 0;
}

export const authorizeResponse303RedirectImplicit = validate182;
const schema67 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeResponse303RedirectImplicit"};

function validate182(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse303RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate182.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!pattern15.test(data1)){
validate182.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate182.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern16.test(data2)){
validate182.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate182.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
validate182.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate182.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400Headers = validate186;
const schema68 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeResponse400Headers"};

function validate186(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate186.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate186.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate186.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400ApplicationJson = validate187;
const schema69 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse400ApplicationJson"};

function validate187(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate187.errors = vErrors;
return errors === 0;
}

export const authorizeResponse400TextHtml = validate189;
const schema70 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse400TextHtml"};

function validate189(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate189.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate189.errors = vErrors;
return errors === 0;
}

export const authorizeResponse401Headers = validate190;
const schema71 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"cache-control":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:authorizeResponse401Headers"};
const pattern28 = new RegExp("^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$", "u");

function validate190(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate190.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate190.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate190.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate190.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate190.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate190.errors = vErrors;
return errors === 0;
}

export const authorizeResponse401ApplicationJson = validate191;
const schema72 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse401ApplicationJson"};

function validate191(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate191.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500Headers = validate193;
const schema73 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeResponse500Headers"};

function validate193(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate193.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate193.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate193.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500ApplicationJson = validate194;
const schema74 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse500ApplicationJson"};

function validate194(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate194.errors = vErrors;
return errors === 0;
}

export const authorizeResponse500TextHtml = validate196;
const schema75 = {"type":"string","$id":"urn:oauth2-contract:authorizeResponse500TextHtml"};

function validate196(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse500TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate196.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate196.errors = vErrors;
return errors === 0;
}

export const authorizeResponse503Headers = validate197;
const schema76 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:authorizeResponse503Headers"};
const pattern29 = new RegExp("^[0-9]{1,6}$", "u");

function validate197(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate197.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate197.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate197.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate197.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate197.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate197.errors = vErrors;
return errors === 0;
}

export const authorizeResponse503ApplicationJson = validate198;
const schema77 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeResponse503ApplicationJson"};

function validate198(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate198.errors = vErrors;
return errors === 0;
}

export const authorizeFormBody = validate200;
const schema78 = {"$ref":"urn:oauth2-contract:schema:AuthorizationRequest","$id":"urn:oauth2-contract:authorizeFormBody"};

function validate200(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormBody" */;
let vErrors = null;
let errors = 0;
if(!(validate49(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
validate200.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse200Headers = validate202;
const schema79 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeFormResponse200Headers"};

function validate202(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate202.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate202.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate202.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate202.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate202.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
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
validate202.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate202.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate202.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate202.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
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
validate202.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate202.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse200TextHtml = validate203;
const schema80 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse200TextHtml"};

function validate203(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate203.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate203.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303Headers = validate204;
const schema81 = {"type":"object","properties":{"location":{"type":"string","format":"uri"},"cache-control":{"type":"string"}},"required":["location"],"$id":"urn:oauth2-contract:authorizeFormResponse303Headers"};

function validate204(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.location === undefined) && (missing0 = "location")){
validate204.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
validate204.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/format",keyword:"format",params:{format: "uri"},message:"must match format \""+"uri"+"\""}];
return false;
}
}
else {
validate204.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate204.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate204.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate204.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303TextHtml = validate205;
const schema82 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse303TextHtml"};

function validate205(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate205.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate205.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303TextPlain = validate206;
const schema83 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse303TextPlain"};

function validate206(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate206.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate206.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectSuccess = validate207;
const schema84 = {"type":"object","required":["code"],"properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectSuccess"};

function validate207(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectSuccess" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.code === undefined) && (missing0 = "code")){
validate207.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate207.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate207.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectError = validate211;
const schema85 = {"type":"object","required":["error"],"properties":{"error":{"type":"string","enum":["invalid_request","unauthorized_client","access_denied","unsupported_response_type","invalid_scope","invalid_target","server_error","temporarily_unavailable"]},"error_description":{"$ref":"urn:oauth2-contract:schema:ErrorDescription"},"error_uri":{"$ref":"urn:oauth2-contract:schema:ErrorUri"},"state":{"$ref":"urn:oauth2-contract:schema:State"},"iss":{"$ref":"urn:oauth2-contract:schema:Issuer"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectError"};

function validate211(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectError" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.error === undefined) && (missing0 = "error")){
validate211.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.error !== undefined){
let data0 = data.error;
const _errs1 = errors;
if(typeof data0 !== "string"){
validate211.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if(!((((((((data0 === "invalid_request") || (data0 === "unauthorized_client")) || (data0 === "access_denied")) || (data0 === "unsupported_response_type")) || (data0 === "invalid_scope")) || (data0 === "invalid_target")) || (data0 === "server_error")) || (data0 === "temporarily_unavailable"))){
validate211.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/enum",keyword:"enum",params:{allowedValues: schema85.properties.error.enum},message:"must be equal to one of the allowed values"}];
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
if(!(validate41(data.error_description, {instancePath:instancePath+"/error_description",parentData:data,parentDataProperty:"error_description",rootData}))){
vErrors = vErrors === null ? validate41.errors : vErrors.concat(validate41.errors);
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
if(!(validate43(data.error_uri, {instancePath:instancePath+"/error_uri",parentData:data,parentDataProperty:"error_uri",rootData}))){
vErrors = vErrors === null ? validate43.errors : vErrors.concat(validate43.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
if(!(validate47(data.iss, {instancePath:instancePath+"/iss",parentData:data,parentDataProperty:"iss",rootData}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
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
validate211.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate211.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse303RedirectImplicit = validate216;
const schema86 = {"type":"object","required":["access_token","token_type"],"properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"},"token_type":{"type":"string","pattern":"^[Bb][Ee][Aa][Rr][Ee][Rr]$"},"expires_in":{"type":"string","pattern":"^[0-9]{1,10}$"},"scope":{"$ref":"urn:oauth2-contract:schema:Scope"},"state":{"$ref":"urn:oauth2-contract:schema:State"}},"$id":"urn:oauth2-contract:authorizeFormResponse303RedirectImplicit"};

function validate216(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse303RedirectImplicit" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data.access_token === undefined) && (missing0 = "access_token")) || ((data.token_type === undefined) && (missing0 = "token_type"))){
validate216.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
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
if(!pattern15.test(data1)){
validate216.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/pattern",keyword:"pattern",params:{pattern: "^[Bb][Ee][Aa][Rr][Ee][Rr]$"},message:"must match pattern \""+"^[Bb][Ee][Aa][Rr][Ee][Rr]$"+"\""}];
return false;
}
}
else {
validate216.errors = [{instancePath:instancePath+"/token_type",schemaPath:"#/properties/token_type/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!pattern16.test(data2)){
validate216.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,10}$"},message:"must match pattern \""+"^[0-9]{1,10}$"+"\""}];
return false;
}
}
else {
validate216.errors = [{instancePath:instancePath+"/expires_in",schemaPath:"#/properties/expires_in/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!(validate54(data.scope, {instancePath:instancePath+"/scope",parentData:data,parentDataProperty:"scope",rootData}))){
vErrors = vErrors === null ? validate54.errors : vErrors.concat(validate54.errors);
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
if(!(validate45(data.state, {instancePath:instancePath+"/state",parentData:data,parentDataProperty:"state",rootData}))){
vErrors = vErrors === null ? validate45.errors : vErrors.concat(validate45.errors);
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
validate216.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate216.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400Headers = validate220;
const schema87 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeFormResponse400Headers"};

function validate220(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate220.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const authorizeFormResponse400ApplicationJson = validate221;
const schema88 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse400ApplicationJson"};

function validate221(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate221.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse400TextHtml = validate223;
const schema89 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse400TextHtml"};

function validate223(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate223.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate223.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse401Headers = validate224;
const schema90 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"cache-control":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:authorizeFormResponse401Headers"};

function validate224(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate224.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate224.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate224.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate224.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate224.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate224.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse401ApplicationJson = validate225;
const schema91 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse401ApplicationJson"};

function validate225(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate225.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403Headers = validate227;
const schema92 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:authorizeFormResponse403Headers"};

function validate227(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate227.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate227.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate227.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate227.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate227.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
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
validate227.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate227.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate227.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate227.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
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
validate227.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate227.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403ApplicationJson = validate228;
const schema93 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse403ApplicationJson"};

function validate228(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate228.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse403TextHtml = validate230;
const schema94 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse403TextHtml"};

function validate230(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse403TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate230.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate230.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse413Headers = validate231;
const schema95 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeFormResponse413Headers"};

function validate231(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate231.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const authorizeFormResponse413ApplicationJson = validate232;
const schema96 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse413ApplicationJson"};

function validate232(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate232.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500Headers = validate234;
const schema97 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:authorizeFormResponse500Headers"};

function validate234(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate234.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const authorizeFormResponse500ApplicationJson = validate235;
const schema98 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse500ApplicationJson"};

function validate235(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate235.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse500TextHtml = validate237;
const schema99 = {"type":"string","$id":"urn:oauth2-contract:authorizeFormResponse500TextHtml"};

function validate237(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse500TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate237.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate237.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse503Headers = validate238;
const schema100 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:authorizeFormResponse503Headers"};

function validate238(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate238.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate238.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate238.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate238.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate238.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate238.errors = vErrors;
return errors === 0;
}

export const authorizeFormResponse503ApplicationJson = validate239;
const schema101 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:authorizeFormResponse503ApplicationJson"};

function validate239(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:authorizeFormResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate239.errors = vErrors;
return errors === 0;
}

export const tokenBody = validate241;
const schema102 = {"$ref":"urn:oauth2-contract:schema:TokenRequest","$id":"urn:oauth2-contract:tokenBody"};

function validate241(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenBody" */;
let vErrors = null;
let errors = 0;
if(!(validate133(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate133.errors : vErrors.concat(validate133.errors);
errors = vErrors.length;
}
validate241.errors = vErrors;
return errors === 0;
}

export const tokenResponse200Headers = validate243;
const schema103 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"pragma":{"type":"string","const":"no-cache"}},"required":["cache-control"],"$id":"urn:oauth2-contract:tokenResponse200Headers"};

function validate243(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate243.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate243.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate243.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate243.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-cache" !== data1){
validate243.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/const",keyword:"const",params:{allowedValue: "no-cache"},message:"must be equal to constant"}];
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
validate243.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate243.errors = vErrors;
return errors === 0;
}

export const tokenResponse200ApplicationJson = validate244;
const schema104 = {"$ref":"urn:oauth2-contract:schema:TokenResponse","$id":"urn:oauth2-contract:tokenResponse200ApplicationJson"};

function validate244(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate139(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate139.errors : vErrors.concat(validate139.errors);
errors = vErrors.length;
}
validate244.errors = vErrors;
return errors === 0;
}

export const tokenResponse400Headers = validate246;
const schema105 = {"type":"object","properties":{"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:tokenResponse400Headers"};

function validate246(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
const _errs1 = errors;
if(typeof data["cache-control"] !== "string"){
validate246.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs3 = errors;
if(typeof data.pragma !== "string"){
validate246.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate246.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate246.errors = vErrors;
return errors === 0;
}

export const tokenResponse400ApplicationJson = validate247;
const schema106 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse400ApplicationJson"};

function validate247(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate247.errors = vErrors;
return errors === 0;
}

export const tokenResponse401Headers = validate249;
const schema107 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""},"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:tokenResponse401Headers"};
const pattern39 = new RegExp("^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\"", "u");

function validate249(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate249.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern39.test(data0)){
validate249.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""},message:"must match pattern \""+"^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""+"\""}];
return false;
}
}
else {
validate249.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate249.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs5 = errors;
if(typeof data.pragma !== "string"){
validate249.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate249.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate249.errors = vErrors;
return errors === 0;
}

export const tokenResponse401ApplicationJson = validate250;
const schema108 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse401ApplicationJson"};

function validate250(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate250.errors = vErrors;
return errors === 0;
}

export const tokenResponse413Headers = validate252;
const schema109 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:tokenResponse413Headers"};

function validate252(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate252.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate252.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate252.errors = vErrors;
return errors === 0;
}

export const tokenResponse413ApplicationJson = validate253;
const schema110 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse413ApplicationJson"};

function validate253(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate253.errors = vErrors;
return errors === 0;
}

export const tokenResponse500Headers = validate255;
const schema111 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:tokenResponse500Headers"};

function validate255(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate255.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate255.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate255.errors = vErrors;
return errors === 0;
}

export const tokenResponse500ApplicationJson = validate256;
const schema112 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse500ApplicationJson"};

function validate256(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate256.errors = vErrors;
return errors === 0;
}

export const tokenResponse503Headers = validate258;
const schema113 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:tokenResponse503Headers"};

function validate258(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate258.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate258.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate258.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate258.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate258.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate258.errors = vErrors;
return errors === 0;
}

export const tokenResponse503ApplicationJson = validate259;
const schema114 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:tokenResponse503ApplicationJson"};

function validate259(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:tokenResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate259.errors = vErrors;
return errors === 0;
}

export const getMeQuery = validate261;
const schema115 = {"type":"object","properties":{"access_token":{"$ref":"urn:oauth2-contract:schema:AccessToken"}},"required":[],"$id":"urn:oauth2-contract:getMeQuery"};

function validate261(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate261.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate261.errors = vErrors;
return errors === 0;
}

export const getMeResponse200Headers = validate263;
const schema116 = {"type":"object","properties":{"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:getMeResponse200Headers"};

function validate263(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs1 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate263.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate263.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate263.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate263.errors = vErrors;
return errors === 0;
}

export const getMeResponse200ApplicationJson = validate264;
const schema117 = {"$ref":"urn:oauth2-contract:schema:MeResponse","$id":"urn:oauth2-contract:getMeResponse200ApplicationJson"};

function validate264(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
validate264.errors = vErrors;
return errors === 0;
}

export const getMeResponse400Headers = validate266;
const schema118 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse400Headers"};

function validate266(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate266.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate266.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate266.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
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

export const getMeResponse400ApplicationJson = validate267;
const schema119 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse400ApplicationJson"};

function validate267(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate267.errors = vErrors;
return errors === 0;
}

export const getMeResponse401Headers = validate269;
const schema120 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse401Headers"};

function validate269(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate269.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate269.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate269.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate269.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate269.errors = vErrors;
return errors === 0;
}

export const getMeResponse401ApplicationJson = validate270;
const schema121 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse401ApplicationJson"};

function validate270(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate270.errors = vErrors;
return errors === 0;
}

export const getMeResponse403Headers = validate272;
const schema122 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:getMeResponse403Headers"};

function validate272(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate272.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate272.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate272.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate272.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate272.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate272.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate272.errors = vErrors;
return errors === 0;
}

export const getMeResponse403ApplicationJson = validate273;
const schema123 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse403ApplicationJson"};

function validate273(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate273.errors = vErrors;
return errors === 0;
}

export const getMeResponse500Headers = validate275;
const schema124 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:getMeResponse500Headers"};

function validate275(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate275.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const getMeResponse500ApplicationJson = validate276;
const schema125 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse500ApplicationJson"};

function validate276(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate276.errors = vErrors;
return errors === 0;
}

export const getMeResponse503Headers = validate278;
const schema126 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:getMeResponse503Headers"};

function validate278(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate278.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate278.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate278.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate278.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate278.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate278.errors = vErrors;
return errors === 0;
}

export const getMeResponse503ApplicationJson = validate279;
const schema127 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:getMeResponse503ApplicationJson"};

function validate279(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:getMeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate279.errors = vErrors;
return errors === 0;
}

export const postMeBody = validate281;
const schema128 = {"$ref":"urn:oauth2-contract:schema:BearerFormBody","$id":"urn:oauth2-contract:postMeBody"};

function validate281(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeBody" */;
let vErrors = null;
let errors = 0;
if(!(validate76(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate76.errors : vErrors.concat(validate76.errors);
errors = vErrors.length;
}
validate281.errors = vErrors;
return errors === 0;
}

export const postMeResponse200Headers = validate283;
const schema129 = {"type":"object","properties":{"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse200Headers"};

function validate283(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["x-accepted-oauth-scopes"] !== undefined){
const _errs1 = errors;
if(typeof data["x-accepted-oauth-scopes"] !== "string"){
validate283.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate283.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate283.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate283.errors = vErrors;
return errors === 0;
}

export const postMeResponse200ApplicationJson = validate284;
const schema130 = {"$ref":"urn:oauth2-contract:schema:MeResponse","$id":"urn:oauth2-contract:postMeResponse200ApplicationJson"};

function validate284(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate108(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate108.errors : vErrors.concat(validate108.errors);
errors = vErrors.length;
}
validate284.errors = vErrors;
return errors === 0;
}

export const postMeResponse400Headers = validate286;
const schema131 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse400Headers"};

function validate286(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate286.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate286.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate286.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate286.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate286.errors = vErrors;
return errors === 0;
}

export const postMeResponse400ApplicationJson = validate287;
const schema132 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse400ApplicationJson"};

function validate287(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate287.errors = vErrors;
return errors === 0;
}

export const postMeResponse401Headers = validate289;
const schema133 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse401Headers"};

function validate289(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate289.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate289.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate289.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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

export const postMeResponse401ApplicationJson = validate290;
const schema134 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse401ApplicationJson"};

function validate290(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate290.errors = vErrors;
return errors === 0;
}

export const postMeResponse403Headers = validate292;
const schema135 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},"x-accepted-oauth-scopes":{"type":"string"},"x-oauth-scopes":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:postMeResponse403Headers"};

function validate292(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate292.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern28.test(data0)){
validate292.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"},message:"must match pattern \""+"^Bearer realm=\"[^\"]*\"(, (error|error_description|scope|resource_metadata)=\"[\\x20\\x21\\x23-\\x5B\\x5D-\\x7E]*\")*$"+"\""}];
return false;
}
}
else {
validate292.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate292.errors = [{instancePath:instancePath+"/x-accepted-oauth-scopes",schemaPath:"#/properties/x-accepted-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate292.errors = [{instancePath:instancePath+"/x-oauth-scopes",schemaPath:"#/properties/x-oauth-scopes/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate292.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate292.errors = vErrors;
return errors === 0;
}

export const postMeResponse403ApplicationJson = validate293;
const schema136 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse403ApplicationJson"};

function validate293(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate293.errors = vErrors;
return errors === 0;
}

export const postMeResponse413Headers = validate295;
const schema137 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse413Headers"};

function validate295(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate295.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const postMeResponse413ApplicationJson = validate296;
const schema138 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse413ApplicationJson"};

function validate296(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate296.errors = vErrors;
return errors === 0;
}

export const postMeResponse500Headers = validate298;
const schema139 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:postMeResponse500Headers"};

function validate298(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate298.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const postMeResponse500ApplicationJson = validate299;
const schema140 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse500ApplicationJson"};

function validate299(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate299.errors = vErrors;
return errors === 0;
}

export const postMeResponse503Headers = validate301;
const schema141 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:postMeResponse503Headers"};

function validate301(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate301.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate301.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate301.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate301.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate301.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate301.errors = vErrors;
return errors === 0;
}

export const postMeResponse503ApplicationJson = validate302;
const schema142 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:postMeResponse503ApplicationJson"};

function validate302(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:postMeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate302.errors = vErrors;
return errors === 0;
}

export const revokeBody = validate304;
const schema143 = {"$ref":"urn:oauth2-contract:schema:RevocationRequest","$id":"urn:oauth2-contract:revokeBody"};

function validate304(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeBody" */;
let vErrors = null;
let errors = 0;
if(!(validate129(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate129.errors : vErrors.concat(validate129.errors);
errors = vErrors.length;
}
validate304.errors = vErrors;
return errors === 0;
}

export const revokeResponse200Headers = validate306;
const schema144 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse200Headers"};

function validate306(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate306.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate306.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate306.errors = vErrors;
return errors === 0;
}

export const revokeResponse400Headers = validate307;
const schema145 = {"type":"object","properties":{"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse400Headers"};

function validate307(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
const _errs1 = errors;
if(typeof data["cache-control"] !== "string"){
validate307.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs3 = errors;
if(typeof data.pragma !== "string"){
validate307.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate307.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate307.errors = vErrors;
return errors === 0;
}

export const revokeResponse400ApplicationJson = validate308;
const schema146 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse400ApplicationJson"};

function validate308(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate308.errors = vErrors;
return errors === 0;
}

export const revokeResponse401Headers = validate310;
const schema147 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""},"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:revokeResponse401Headers"};

function validate310(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate310.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern39.test(data0)){
validate310.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""},message:"must match pattern \""+"^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""+"\""}];
return false;
}
}
else {
validate310.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate310.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs5 = errors;
if(typeof data.pragma !== "string"){
validate310.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate310.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate310.errors = vErrors;
return errors === 0;
}

export const revokeResponse401ApplicationJson = validate311;
const schema148 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse401ApplicationJson"};

function validate311(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate311.errors = vErrors;
return errors === 0;
}

export const revokeResponse413Headers = validate313;
const schema149 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse413Headers"};

function validate313(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate313.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate313.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate313.errors = vErrors;
return errors === 0;
}

export const revokeResponse413ApplicationJson = validate314;
const schema150 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse413ApplicationJson"};

function validate314(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate314.errors = vErrors;
return errors === 0;
}

export const revokeResponse500Headers = validate316;
const schema151 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:revokeResponse500Headers"};

function validate316(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate316.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
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

export const revokeResponse500ApplicationJson = validate317;
const schema152 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse500ApplicationJson"};

function validate317(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate317.errors = vErrors;
return errors === 0;
}

export const revokeResponse503Headers = validate319;
const schema153 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:revokeResponse503Headers"};

function validate319(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate319.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate319.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate319.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate319.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate319.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate319.errors = vErrors;
return errors === 0;
}

export const revokeResponse503ApplicationJson = validate320;
const schema154 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:revokeResponse503ApplicationJson"};

function validate320(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:revokeResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate320.errors = vErrors;
return errors === 0;
}

export const introspectBody = validate322;
const schema155 = {"$ref":"urn:oauth2-contract:schema:IntrospectionRequest","$id":"urn:oauth2-contract:introspectBody"};

function validate322(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectBody" */;
let vErrors = null;
let errors = 0;
if(!(validate93(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate93.errors : vErrors.concat(validate93.errors);
errors = vErrors.length;
}
validate322.errors = vErrors;
return errors === 0;
}

export const introspectResponse200Headers = validate324;
const schema156 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse200Headers"};

function validate324(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate324.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate324.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate324.errors = vErrors;
return errors === 0;
}

export const introspectResponse200ApplicationJson = validate325;
const schema157 = {"$ref":"urn:oauth2-contract:schema:IntrospectionResponse","$id":"urn:oauth2-contract:introspectResponse200ApplicationJson"};

function validate325(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate98(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate98.errors : vErrors.concat(validate98.errors);
errors = vErrors.length;
}
validate325.errors = vErrors;
return errors === 0;
}

export const introspectResponse400Headers = validate327;
const schema158 = {"type":"object","properties":{"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse400Headers"};

function validate327(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
const _errs1 = errors;
if(typeof data["cache-control"] !== "string"){
validate327.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs1 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs3 = errors;
if(typeof data.pragma !== "string"){
validate327.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate327.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate327.errors = vErrors;
return errors === 0;
}

export const introspectResponse400ApplicationJson = validate328;
const schema159 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse400ApplicationJson"};

function validate328(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse400ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate328.errors = vErrors;
return errors === 0;
}

export const introspectResponse401Headers = validate330;
const schema160 = {"type":"object","properties":{"www-authenticate":{"type":"string","pattern":"^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""},"cache-control":{"type":"string"},"pragma":{"type":"string"}},"required":["www-authenticate"],"$id":"urn:oauth2-contract:introspectResponse401Headers"};

function validate330(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse401Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["www-authenticate"] === undefined) && (missing0 = "www-authenticate")){
validate330.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["www-authenticate"] !== undefined){
let data0 = data["www-authenticate"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern39.test(data0)){
validate330.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/pattern",keyword:"pattern",params:{pattern: "^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""},message:"must match pattern \""+"^[Bb][Aa][Ss][Ii][Cc] (.+, *)?realm=\"[^\"]*\""+"\""}];
return false;
}
}
else {
validate330.errors = [{instancePath:instancePath+"/www-authenticate",schemaPath:"#/properties/www-authenticate/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate330.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid0 = _errs3 === errors;
}
else {
var valid0 = true;
}
if(valid0){
if(data.pragma !== undefined){
const _errs5 = errors;
if(typeof data.pragma !== "string"){
validate330.errors = [{instancePath:instancePath+"/pragma",schemaPath:"#/properties/pragma/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate330.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate330.errors = vErrors;
return errors === 0;
}

export const introspectResponse401ApplicationJson = validate331;
const schema161 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse401ApplicationJson"};

function validate331(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse401ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate331.errors = vErrors;
return errors === 0;
}

export const introspectResponse413Headers = validate333;
const schema162 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse413Headers"};

function validate333(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate333.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate333.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate333.errors = vErrors;
return errors === 0;
}

export const introspectResponse413ApplicationJson = validate334;
const schema163 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse413ApplicationJson"};

function validate334(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate334.errors = vErrors;
return errors === 0;
}

export const introspectResponse500Headers = validate336;
const schema164 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:introspectResponse500Headers"};

function validate336(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate336.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate336.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate336.errors = vErrors;
return errors === 0;
}

export const introspectResponse500ApplicationJson = validate337;
const schema165 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse500ApplicationJson"};

function validate337(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate337.errors = vErrors;
return errors === 0;
}

export const introspectResponse503Headers = validate339;
const schema166 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string"}},"required":["retry-after"],"$id":"urn:oauth2-contract:introspectResponse503Headers"};

function validate339(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["retry-after"] === undefined) && (missing0 = "retry-after")){
validate339.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate339.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate339.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
const _errs3 = errors;
if(typeof data["cache-control"] !== "string"){
validate339.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate339.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate339.errors = vErrors;
return errors === 0;
}

export const introspectResponse503ApplicationJson = validate340;
const schema167 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:introspectResponse503ApplicationJson"};

function validate340(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:introspectResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate340.errors = vErrors;
return errors === 0;
}

export const loginBody = validate342;
const schema168 = {"$ref":"urn:oauth2-contract:schema:LoginForm","$id":"urn:oauth2-contract:loginBody"};

function validate342(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginBody" */;
let vErrors = null;
let errors = 0;
if(!(validate102(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate102.errors : vErrors.concat(validate102.errors);
errors = vErrors.length;
}
validate342.errors = vErrors;
return errors === 0;
}

export const loginResponse200Headers = validate344;
const schema169 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:loginResponse200Headers"};

function validate344(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
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
validate344.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate344.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
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
validate344.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate344.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate344.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate344.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
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
validate344.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate344.errors = vErrors;
return errors === 0;
}

export const loginResponse200TextHtml = validate345;
const schema170 = {"type":"string","$id":"urn:oauth2-contract:loginResponse200TextHtml"};

function validate345(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate345.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate345.errors = vErrors;
return errors === 0;
}

export const loginResponse303Headers = validate346;
const schema171 = {"type":"object","properties":{"location":{"type":"string","pattern":"^/authorize\\?"},"set-cookie":{"type":"string"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","location","set-cookie"],"$id":"urn:oauth2-contract:loginResponse303Headers"};

function validate346(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse303Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data.location === undefined) && (missing0 = "location"))) || ((data["set-cookie"] === undefined) && (missing0 = "set-cookie"))){
validate346.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.location !== undefined){
let data0 = data.location;
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern19.test(data0)){
validate346.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/pattern",keyword:"pattern",params:{pattern: "^/authorize\\?"},message:"must match pattern \""+"^/authorize\\?"+"\""}];
return false;
}
}
else {
validate346.errors = [{instancePath:instancePath+"/location",schemaPath:"#/properties/location/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate346.errors = [{instancePath:instancePath+"/set-cookie",schemaPath:"#/properties/set-cookie/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate346.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate346.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate346.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate346.errors = vErrors;
return errors === 0;
}

export const loginResponse403Headers = validate347;
const schema172 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:loginResponse403Headers"};

function validate347(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate347.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate347.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate347.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate347.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate347.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
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
validate347.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate347.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate347.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate347.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
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
validate347.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate347.errors = vErrors;
return errors === 0;
}

export const loginResponse403ApplicationJson = validate348;
const schema173 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:loginResponse403ApplicationJson"};

function validate348(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate348.errors = vErrors;
return errors === 0;
}

export const loginResponse403TextHtml = validate350;
const schema174 = {"type":"string","$id":"urn:oauth2-contract:loginResponse403TextHtml"};

function validate350(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse403TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate350.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate350.errors = vErrors;
return errors === 0;
}

export const loginResponse413Headers = validate351;
const schema175 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:loginResponse413Headers"};

function validate351(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse413Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate351.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate351.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate351.errors = vErrors;
return errors === 0;
}

export const loginResponse413ApplicationJson = validate352;
const schema176 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:loginResponse413ApplicationJson"};

function validate352(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:loginResponse413ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate352.errors = vErrors;
return errors === 0;
}

export const demoCallbackQuery = validate354;
const schema177 = {"type":"object","properties":{"code":{"$ref":"urn:oauth2-contract:schema:AuthorizationCode"},"error":{"type":"string","maxLength":64}},"required":[],"$id":"urn:oauth2-contract:demoCallbackQuery"};

function validate354(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
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
validate354.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/maxLength",keyword:"maxLength",params:{limit: 64},message:"must NOT have more than 64 characters"}];
return false;
}
}
else {
validate354.errors = [{instancePath:instancePath+"/error",schemaPath:"#/properties/error/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate354.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate354.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse200Headers = validate356;
const schema178 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"},"x-frame-options":{"type":"string","const":"DENY"},"content-security-policy":{"type":"string","pattern":"frame-ancestors 'none'"},"referrer-policy":{"type":"string","const":"no-referrer"}},"required":["cache-control","content-security-policy","referrer-policy","x-frame-options"],"$id":"urn:oauth2-contract:demoCallbackResponse200Headers"};

function validate356(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["content-security-policy"] === undefined) && (missing0 = "content-security-policy"))) || ((data["referrer-policy"] === undefined) && (missing0 = "referrer-policy"))) || ((data["x-frame-options"] === undefined) && (missing0 = "x-frame-options"))){
validate356.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate356.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate356.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate356.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("DENY" !== data1){
validate356.errors = [{instancePath:instancePath+"/x-frame-options",schemaPath:"#/properties/x-frame-options/const",keyword:"const",params:{allowedValue: "DENY"},message:"must be equal to constant"}];
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
validate356.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/pattern",keyword:"pattern",params:{pattern: "frame-ancestors 'none'"},message:"must match pattern \""+"frame-ancestors 'none'"+"\""}];
return false;
}
}
else {
validate356.errors = [{instancePath:instancePath+"/content-security-policy",schemaPath:"#/properties/content-security-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate356.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
if("no-referrer" !== data3){
validate356.errors = [{instancePath:instancePath+"/referrer-policy",schemaPath:"#/properties/referrer-policy/const",keyword:"const",params:{allowedValue: "no-referrer"},message:"must be equal to constant"}];
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
validate356.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate356.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse200TextHtml = validate357;
const schema179 = {"type":"string","$id":"urn:oauth2-contract:demoCallbackResponse200TextHtml"};

function validate357(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate357.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate357.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse400Headers = validate358;
const schema180 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:demoCallbackResponse400Headers"};

function validate358(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse400Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate358.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate358.errors = vErrors;
return errors === 0;
}

export const demoCallbackResponse400TextHtml = validate359;
const schema181 = {"type":"string","$id":"urn:oauth2-contract:demoCallbackResponse400TextHtml"};

function validate359(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:demoCallbackResponse400TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate359.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate359.errors = vErrors;
return errors === 0;
}

export const healthResponse200Headers = validate360;
const schema182 = {"type":"object","properties":{"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control"],"$id":"urn:oauth2-contract:healthResponse200Headers"};

function validate360(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data["cache-control"] === undefined) && (missing0 = "cache-control")){
validate360.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["cache-control"] !== undefined){
let data0 = data["cache-control"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern22.test(data0)){
validate360.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate360.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
}
}
else {
validate360.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate360.errors = vErrors;
return errors === 0;
}

export const healthResponse200ApplicationJson = validate361;
const schema183 = {"$ref":"urn:oauth2-contract:schema:Health","$id":"urn:oauth2-contract:healthResponse200ApplicationJson"};

function validate361(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate361.errors = vErrors;
return errors === 0;
}

export const healthResponse503Headers = validate363;
const schema184 = {"type":"object","properties":{"retry-after":{"type":"string","pattern":"^[0-9]{1,6}$"},"cache-control":{"type":"string","pattern":"(^|[ ,])no-store($|[ ,])"}},"required":["cache-control","retry-after"],"$id":"urn:oauth2-contract:healthResponse503Headers"};

function validate363(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse503Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if(((data["cache-control"] === undefined) && (missing0 = "cache-control")) || ((data["retry-after"] === undefined) && (missing0 = "retry-after"))){
validate363.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data["retry-after"] !== undefined){
let data0 = data["retry-after"];
const _errs1 = errors;
if(errors === _errs1){
if(typeof data0 === "string"){
if(!pattern29.test(data0)){
validate363.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/pattern",keyword:"pattern",params:{pattern: "^[0-9]{1,6}$"},message:"must match pattern \""+"^[0-9]{1,6}$"+"\""}];
return false;
}
}
else {
validate363.errors = [{instancePath:instancePath+"/retry-after",schemaPath:"#/properties/retry-after/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate363.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/pattern",keyword:"pattern",params:{pattern: "(^|[ ,])no-store($|[ ,])"},message:"must match pattern \""+"(^|[ ,])no-store($|[ ,])"+"\""}];
return false;
}
}
else {
validate363.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
validate363.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate363.errors = vErrors;
return errors === 0;
}

export const healthResponse503ApplicationJson = validate364;
const schema185 = {"$ref":"urn:oauth2-contract:schema:Health","$id":"urn:oauth2-contract:healthResponse503ApplicationJson"};

function validate364(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:healthResponse503ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate88(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate88.errors : vErrors.concat(validate88.errors);
errors = vErrors.length;
}
validate364.errors = vErrors;
return errors === 0;
}

export const openapiResponse200Headers = validate366;
const schema186 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:openapiResponse200Headers"};

function validate366(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate366.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate366.errors = vErrors;
return errors === 0;
}

export const openapiResponse200ApplicationJson = validate367;
const schema187 = {"type":"object","$id":"urn:oauth2-contract:openapiResponse200ApplicationJson"};

function validate367(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate367.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
validate367.errors = vErrors;
return errors === 0;
}

export const openapiResponse404Headers = validate368;
const schema188 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:openapiResponse404Headers"};

function validate368(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate368.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate368.errors = vErrors;
return errors === 0;
}

export const openapiResponse404TextPlain = validate369;
const schema189 = {"type":"string","$id":"urn:oauth2-contract:openapiResponse404TextPlain"};

function validate369(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:openapiResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate369.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate369.errors = vErrors;
return errors === 0;
}

export const docsResponse200Headers = validate370;
const schema190 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:docsResponse200Headers"};

function validate370(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate370.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate370.errors = vErrors;
return errors === 0;
}

export const docsResponse200TextHtml = validate371;
const schema191 = {"type":"string","$id":"urn:oauth2-contract:docsResponse200TextHtml"};

function validate371(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse200TextHtml" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate371.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate371.errors = vErrors;
return errors === 0;
}

export const docsResponse404Headers = validate372;
const schema192 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:docsResponse404Headers"};

function validate372(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate372.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate372.errors = vErrors;
return errors === 0;
}

export const docsResponse404TextPlain = validate373;
const schema193 = {"type":"string","$id":"urn:oauth2-contract:docsResponse404TextPlain"};

function validate373(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:docsResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate373.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate373.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse200Headers = validate374;
const schema194 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:protectedResourceMetadataResponse200Headers"};

function validate374(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate374.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate374.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse200ApplicationJson = validate375;
const schema195 = {"$ref":"urn:oauth2-contract:schema:ProtectedResourceMetadata","$id":"urn:oauth2-contract:protectedResourceMetadataResponse200ApplicationJson"};

function validate375(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate121(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate121.errors : vErrors.concat(validate121.errors);
errors = vErrors.length;
}
validate375.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse404Headers = validate377;
const schema196 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:protectedResourceMetadataResponse404Headers"};

function validate377(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate377.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate377.errors = vErrors;
return errors === 0;
}

export const protectedResourceMetadataResponse404TextPlain = validate378;
const schema197 = {"type":"string","$id":"urn:oauth2-contract:protectedResourceMetadataResponse404TextPlain"};

function validate378(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:protectedResourceMetadataResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate378.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate378.errors = vErrors;
return errors === 0;
}

export const metadataResponse200Headers = validate379;
const schema198 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:metadataResponse200Headers"};

function validate379(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse200Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate379.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate379.errors = vErrors;
return errors === 0;
}

export const metadataResponse200ApplicationJson = validate380;
const schema199 = {"$ref":"urn:oauth2-contract:schema:AuthorizationServerMetadata","$id":"urn:oauth2-contract:metadataResponse200ApplicationJson"};

function validate380(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse200ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate65(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate65.errors : vErrors.concat(validate65.errors);
errors = vErrors.length;
}
validate380.errors = vErrors;
return errors === 0;
}

export const metadataResponse404Headers = validate382;
const schema200 = {"type":"object","properties":{},"required":[],"$id":"urn:oauth2-contract:metadataResponse404Headers"};

function validate382(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse404Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(!(data && typeof data == "object" && !Array.isArray(data))){
validate382.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate382.errors = vErrors;
return errors === 0;
}

export const metadataResponse404TextPlain = validate383;
const schema201 = {"type":"string","$id":"urn:oauth2-contract:metadataResponse404TextPlain"};

function validate383(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse404TextPlain" */;
let vErrors = null;
let errors = 0;
if(typeof data !== "string"){
validate383.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
validate383.errors = vErrors;
return errors === 0;
}

export const metadataResponse500Headers = validate384;
const schema202 = {"type":"object","properties":{"cache-control":{"type":"string"}},"required":[],"$id":"urn:oauth2-contract:metadataResponse500Headers"};

function validate384(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse500Headers" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
if(data["cache-control"] !== undefined){
if(typeof data["cache-control"] !== "string"){
validate384.errors = [{instancePath:instancePath+"/cache-control",schemaPath:"#/properties/cache-control/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
}
else {
validate384.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate384.errors = vErrors;
return errors === 0;
}

export const metadataResponse500ApplicationJson = validate385;
const schema203 = {"$ref":"urn:oauth2-contract:schema:OAuthError","$id":"urn:oauth2-contract:metadataResponse500ApplicationJson"};

function validate385(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="urn:oauth2-contract:metadataResponse500ApplicationJson" */;
let vErrors = null;
let errors = 0;
if(!(validate111(data, {instancePath,parentData,parentDataProperty,rootData}))){
vErrors = vErrors === null ? validate111.errors : vErrors.concat(validate111.errors);
errors = vErrors.length;
}
validate385.errors = vErrors;
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
        requiredHeaders: ["location"],
        content: {
          "text/html": authorizeResponse302TextHtml,
          "text/plain": authorizeResponse302TextPlain,
        },
        emptyBody: true,
        redirect: {
          success: authorizeResponse302RedirectSuccess,
          error: authorizeResponse302RedirectError,
          implicit: authorizeResponse302RedirectImplicit,
        },
      },
      "303": {
        headers: authorizeResponse303Headers,
        headerNames: ["cache-control", "location"],
        requiredHeaders: ["location"],
        content: {
          "text/html": authorizeResponse303TextHtml,
          "text/plain": authorizeResponse303TextPlain,
        },
        emptyBody: true,
        redirect: {
          success: authorizeResponse303RedirectSuccess,
          error: authorizeResponse303RedirectError,
          implicit: authorizeResponse303RedirectImplicit,
        },
      },
      "400": {
        headers: authorizeResponse400Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeResponse400ApplicationJson,
          "text/html": authorizeResponse400TextHtml,
        },
        emptyBody: false,
      },
      "401": {
        headers: authorizeResponse401Headers,
        headerNames: ["cache-control", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": authorizeResponse401ApplicationJson,
        },
        emptyBody: true,
      },
      "500": {
        headers: authorizeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeResponse500ApplicationJson,
          "text/html": authorizeResponse500TextHtml,
        },
        emptyBody: false,
      },
      "503": {
        headers: authorizeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": authorizeResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    query: {
      validator: authorizeQuery,
      meta: {
        keys: ["client_id", "code_challenge", "code_challenge_method", "redirect_uri", "resource", "response_type", "scope", "state"],
        arrays: ["resource"],
        errorCodes: {
          resource: "invalid_target",
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
        requiredHeaders: ["location"],
        content: {
          "text/html": authorizeFormResponse303TextHtml,
          "text/plain": authorizeFormResponse303TextPlain,
        },
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
        requiredHeaders: [],
        content: {
          "application/json": authorizeFormResponse400ApplicationJson,
          "text/html": authorizeFormResponse400TextHtml,
        },
        emptyBody: false,
      },
      "401": {
        headers: authorizeFormResponse401Headers,
        headerNames: ["cache-control", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
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
        requiredHeaders: [],
        content: {
          "application/json": authorizeFormResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: authorizeFormResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": authorizeFormResponse500ApplicationJson,
          "text/html": authorizeFormResponse500TextHtml,
        },
        emptyBody: false,
      },
      "503": {
        headers: authorizeFormResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": authorizeFormResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: authorizeFormBody,
      meta: {
        keys: ["allowed", "client_id", "code_challenge", "code_challenge_method", "csrf_token", "redirect_uri", "resource", "response_type", "scope", "state"],
        arrays: ["resource"],
        errorCodes: {
          resource: "invalid_target",
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
        requiredHeaders: ["cache-control"],
        content: {
          "application/json": tokenResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: tokenResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: [],
        content: {
          "application/json": tokenResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: tokenResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": tokenResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: tokenResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": tokenResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: tokenResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": tokenResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: tokenResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
        content: {
          "application/json": tokenResponse503ApplicationJson,
        },
        emptyBody: false,
      },
    },
    body: {
      validator: tokenBody,
      meta: {
        keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "password", "redirect_uri", "refresh_token", "resource", "scope", "username"],
        arrays: ["resource"],
        errorCodes: {
          resource: "invalid_target",
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
        requiredHeaders: [],
        content: {
          "application/json": getMeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: getMeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
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
        requiredHeaders: [],
        content: {
          "application/json": postMeResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: postMeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": postMeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: postMeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
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
        requiredHeaders: [],
        content: {},
        emptyBody: true,
      },
      "400": {
        headers: revokeResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: [],
        content: {
          "application/json": revokeResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: revokeResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": revokeResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: revokeResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": revokeResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: revokeResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": revokeResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: revokeResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
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
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "400": {
        headers: introspectResponse400Headers,
        headerNames: ["cache-control", "pragma"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse400ApplicationJson,
        },
        emptyBody: false,
      },
      "401": {
        headers: introspectResponse401Headers,
        headerNames: ["cache-control", "pragma", "www-authenticate"],
        requiredHeaders: ["www-authenticate"],
        content: {
          "application/json": introspectResponse401ApplicationJson,
        },
        emptyBody: false,
      },
      "413": {
        headers: introspectResponse413Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse413ApplicationJson,
        },
        emptyBody: false,
      },
      "500": {
        headers: introspectResponse500Headers,
        headerNames: ["cache-control"],
        requiredHeaders: [],
        content: {
          "application/json": introspectResponse500ApplicationJson,
        },
        emptyBody: false,
      },
      "503": {
        headers: introspectResponse503Headers,
        headerNames: ["cache-control", "retry-after"],
        requiredHeaders: ["retry-after"],
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
        requiredHeaders: [],
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
  protectedResourceMetadata: {
    method: "GET",
    path: "/.well-known/oauth-protected-resource/me",
    responses: {
      "200": {
        headers: protectedResourceMetadataResponse200Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "application/json": protectedResourceMetadataResponse200ApplicationJson,
        },
        emptyBody: false,
      },
      "404": {
        headers: protectedResourceMetadataResponse404Headers,
        headerNames: [],
        requiredHeaders: [],
        content: {
          "text/plain": protectedResourceMetadataResponse404TextPlain,
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
        requiredHeaders: [],
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
      keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "redirect_uri", "resource"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
      },
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
      keys: ["allowed", "client_id", "code_challenge", "code_challenge_method", "csrf_token", "redirect_uri", "resource", "response_type", "scope", "state"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
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
  ClientAuthMethod: {
    validator: schemaClientAuthMethod,
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
      keys: ["client_id", "client_secret", "grant_type", "resource", "scope"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
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
      keys: ["client_id", "client_secret", "grant_type", "password", "resource", "scope", "username"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  ProtectedResourceMetadata: {
    validator: schemaProtectedResourceMetadata,
    meta: {
      keys: ["authorization_servers", "bearer_methods_supported", "resource", "resource_documentation", "resource_name", "scopes_supported"],
      arrays: ["authorization_servers", "bearer_methods_supported", "scopes_supported"],
      errorCodes: {},
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
      keys: ["client_id", "client_secret", "grant_type", "refresh_token", "resource", "scope"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
        scope: "invalid_scope",
      },
    },
  },
  Resource: {
    validator: schemaResource,
  },
  Resources: {
    validator: schemaResources,
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
      keys: ["client_id", "client_secret", "code", "code_verifier", "grant_type", "password", "redirect_uri", "refresh_token", "resource", "scope", "username"],
      arrays: ["resource"],
      errorCodes: {
        resource: "invalid_target",
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
